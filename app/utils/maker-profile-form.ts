import { z } from "zod";
import { COUNTRY_CODES, type MakerProfileContent } from "~/utils/maker-profile";

export const MAX_SKILLS = 12;
const MIN_YEAR = 1950;

const optionalText = (max: number, message: string) => z.string().trim().max(max, message).default("");

/**
 * A profile draft as the maker's portal and the back office submit it. The photo is not part
 * of this form: it is uploaded or removed on its own.
 */
export const profileDraftSchema = z.object({
  displayName: z.string().trim().min(1, "Write the name to show, for example a first name or a chosen name.").max(60, "Keep the name under 60 characters."),
  usesRealName: z
    .string()
    .optional()
    .transform((value) => value === "on"),
  bio: optionalText(800, "Keep this under 800 characters."),
  quote: optionalText(200, "Keep the quote under 200 characters."),
  makingSince: z
    .string()
    .trim()
    .default("")
    .transform((value, ctx) => {
      if (value === "") return null;
      const year = Number(value);
      const thisYear = new Date().getUTCFullYear();
      if (!/^\d{4}$/.test(value) || year < MIN_YEAR || year > thisYear) {
        ctx.addIssue({ code: z.ZodIssueCode.custom, message: `Write a year between ${MIN_YEAR} and ${thisYear}, or leave it empty.` });
        return z.NEVER;
      }
      return year;
    }),
  country: z
    .string()
    .default("")
    .refine((value) => value === "" || COUNTRY_CODES.includes(value), "Choose a country from the list, or none.")
    .transform((value) => (value === "" ? null : value)),
  skills: z
    .string()
    .default("")
    .transform((value, ctx) => {
      const skills = [...new Set(value.split(/[\n,]/).map((skill) => skill.trim()).filter(Boolean))];
      if (skills.length > MAX_SKILLS) ctx.addIssue({ code: z.ZodIssueCode.custom, message: `Up to ${MAX_SKILLS} skills.` });
      if (skills.some((skill) => skill.length > 40)) ctx.addIssue({ code: z.ZodIssueCode.custom, message: "Keep each skill under 40 characters." });
      return skills;
    }),
});
export type ProfileDraftInput = z.output<typeof profileDraftSchema>;

/** The text fields of a draft as the form shows them. */
export type ProfileDraftValues = Record<"displayName" | "bio" | "quote" | "makingSince" | "country" | "skills", string> & { usesRealName: boolean };

export function draftFormValues(content: MakerProfileContent | null): ProfileDraftValues {
  return {
    displayName: content?.displayName ?? "",
    usesRealName: content?.usesRealName ?? false,
    bio: content?.bio ?? "",
    quote: content?.quote ?? "",
    makingSince: content?.makingSince ? String(content.makingSince) : "",
    country: content?.country ?? "",
    skills: content?.skills.join("\n") ?? "",
  };
}

/** What was typed, to put back into the form after an error. */
export function submittedDraftValues(form: Record<string, unknown>): ProfileDraftValues {
  const text = (key: string) => (typeof form[key] === "string" ? (form[key] as string) : "");
  return {
    displayName: text("displayName"),
    usesRealName: form.usesRealName === "on",
    bio: text("bio"),
    quote: text("quote"),
    makingSince: text("makingSince"),
    country: text("country"),
    skills: text("skills"),
  };
}

/** The staff-only record of a maker. */
export const makerRecordSchema = z.object({
  internalLabel: z.string().trim().min(1, "Write an internal label, for example “Maker 042”.").max(80, "Keep the label under 80 characters."),
  privateNotes: z.string().trim().max(4000, "Keep the notes under 4000 characters.").default(""),
});
