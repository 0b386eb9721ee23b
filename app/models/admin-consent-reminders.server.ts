// The notice staff get a month before a maker's consent ends. A back-office model: the message
// names her by her staff-only internal label.
import { queueMakerEmail } from "~/models/maker-mail.server";
import { enqueueEmail } from "~/models/outbox.server";
import { prisma } from "~/utils/db.server";
import { escapeXml } from "~/utils/xml";

const DAY = 24 * 60 * 60 * 1000;

export const CONSENT_REMINDER_DAYS = 30;

/**
 * A month before a maker's consent ends, the staff who look after makers are told, once, so
 * someone can ask her whether to keep showing her profile. (She sees the same in her portal.)
 * Only her internal label goes in the message, and only to owners and storytellers.
 */
export async function queueConsentReminders(now = new Date()) {
  return prisma.$transaction(async (tx) => {
    const ending = await tx.makerConsent.findMany({
      where: {
        withdrawnAt: null,
        reminderSentAt: null,
        expiresAt: { gt: now, lte: new Date(now.getTime() + CONSENT_REMINDER_DAYS * DAY) },
      },
      select: { id: true, makerId: true, expiresAt: true, maker: { select: { staffRecord: { select: { internalLabel: true } } } } },
    });
    if (ending.length === 0) return 0;
    const staff = await tx.user.findMany({
      where: { active: true, role: { in: ["OWNER", "STORYTELLER"] }, email: { not: null } },
      select: { email: true },
    });
    for (const consent of ending) {
      const date = consent.expiresAt.toISOString().slice(0, 10);
      const text =
        `${consent.maker.staffRecord?.internalLabel ?? "A maker"}'s consent to show her profile ends on ${date}.\n\n` +
        "If she would like to keep it, she can approve it again in her portal. If not, nothing needs doing: " +
        "her profile stops being public by itself.";
      for (const { email } of staff) {
        await enqueueEmail(tx, {
          idempotencyKey: `consent-reminder:${consent.id}:${email}`,
          kind: "consent_reminder",
          orderId: null,
          to: email!,
          subject: `A maker's profile consent ends on ${date}`,
          text,
          html: `<p>${escapeXml(text).replace(/\n\n/g, "</p><p>")}</p>`,
        });
      }
      // She gets her own neutral note (if she gave an email): something new, sign in to see it.
      await queueMakerEmail(tx, { makerId: consent.makerId, kind: "reminder", key: consent.id });
      await tx.makerConsent.update({ where: { id: consent.id }, data: { reminderSentAt: now } });
    }
    return ending.length;
  });
}
