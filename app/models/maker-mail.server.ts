// Emails to a maker, only at an address she chose to give in her portal. Neutral by design:
// the sender is "Belonging studio", the subject "A message about your account" (in her
// language), and the body only asks her to sign in. Nothing from her profile can go in: these
// functions never receive any of it.
import type { Prisma } from "~/generated/prisma/client";
import { portalIntl } from "~/i18n/portal-language.server";
import { enqueueEmail } from "~/models/outbox.server";
import { prisma } from "~/utils/db.server";
import { getEnv } from "~/utils/env.server";
import { escapeXml } from "~/utils/xml";

export const MAKER_MAIL_SENDER = "Belonging studio";

/** What happened, never what it was about: something new (a reminder) or something changed. */
export type MakerMailKind = "reminder" | "ended";

function portalLink(language: string) {
  const env = getEnv();
  const origin = env.SHOP_URL ? new URL(env.SHOP_URL).origin : `http://localhost:${env.PORT}`;
  return `${origin}/maker?lang=${language}`;
}

/**
 * Queues one neutral email to the maker (by her maker id), in her language, once per `key`.
 * Does nothing when she gave no email or her account is not active.
 */
export async function queueMakerEmail(tx: Prisma.TransactionClient, input: { makerId: string; kind: MakerMailKind; key: string }) {
  const account = await tx.user.findUnique({
    where: { makerId: input.makerId },
    select: { email: true, language: true, active: true, role: true },
  });
  if (!account?.email || !account.active || account.role !== "MAKER") return false;
  const language = account.language ?? "en";
  const intl = portalIntl(language);
  const text = intl.formatMessage({ id: `email.${input.kind}` }, { link: portalLink(language) });
  await enqueueEmail(tx, {
    idempotencyKey: `maker-${input.kind}:${input.key}`,
    kind: `maker_${input.kind}`,
    orderId: null,
    to: account.email,
    fromName: MAKER_MAIL_SENDER,
    subject: intl.formatMessage({ id: "email.subject" }),
    text,
    html: `<p>${escapeXml(text).replace(/\n\n/g, "</p><p>").replace(/\n/g, "<br>")}</p>`,
  });
  return true;
}

export class MakerEmailTakenError extends Error {}

/** Her own email for these messages (null: none), with the language she uses now. */
export async function setMakerEmail(input: { userId: string; email: string | null; language: string }) {
  try {
    await prisma.user.update({ where: { id: input.userId, role: "MAKER" }, data: { email: input.email, language: input.language } });
  } catch (error) {
    // Someone (staff or another maker) already has it: the unique index says so.
    if (error instanceof Error && "code" in error && error.code === "P2002") throw new MakerEmailTakenError();
    throw error;
  }
}
