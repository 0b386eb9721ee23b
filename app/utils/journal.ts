import type { ArticleTopic } from "~/generated/prisma/enums";

export const TOPIC_LABELS: Record<ArticleTopic, string> = {
  RECOVERY: "Recovery",
  PURPOSE: "Purpose",
  COMMUNITY: "Community",
  DIGNIFIED_WORK: "Dignified work",
};

const dateFormat = new Intl.DateTimeFormat("en-US", { dateStyle: "long", timeZone: "UTC" });

/** "November 14, 2026"; UTC so server and browser render the same text. */
export function formatArticleDate(date: string | Date) {
  return dateFormat.format(new Date(date));
}
