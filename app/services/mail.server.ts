import nodemailer from "nodemailer";
import { claimDueEmails, markEmailFailed, markEmailSent } from "~/models/outbox.server";
import { getEnv } from "~/utils/env.server";
import { logger } from "~/utils/logger.server";

export type OutgoingMail = { from: string; to: string; subject: string; text: string; html: string; messageId: string };
/** What sending needs from a transport: nodemailer's sendMail. */
export type MailTransport = { sendMail(message: OutgoingMail): Promise<unknown> };

let transport: MailTransport | null | undefined;

/** Nodemailer over SMTP_URL; null without it (outside production), when mail stays in the staff mailbox. */
export function getMailTransport(): MailTransport | null {
  if (transport !== undefined) return transport;
  const url = getEnv().SMTP_URL;
  transport = url ? nodemailer.createTransport({ url, connectionTimeout: 30_000, greetingTimeout: 30_000, socketTimeout: 60_000 }) : null;
  return transport;
}

/** Tries per message before it is kept as FAILED for staff to retry by hand. */
export const MAX_ATTEMPTS = 10;
// Longer than any send can take with the timeouts above; a sender that died mid-send lets go after it.
const HOLD_MS = 5 * 60_000;

/** 1, 2, 4 ... minutes after each failed try, at most 6 hours: about a day of tries in all. */
export function retryDelayMs(attempts: number) {
  return Math.min(60_000 * 2 ** Math.max(0, attempts - 1), 6 * 60 * 60_000);
}

/** A stable Message-ID per message, so a resend after a crash mid-send can be recognised as the same mail. */
function messageId(idempotencyKey: string) {
  const from = getEnv().MAIL_FROM;
  const domain = /@([^>\s]+)/.exec(from)?.[1] ?? "belonging.invalid";
  return `<${idempotencyKey.replace(/[^A-Za-z0-9.-]/g, ".")}@${domain}>`;
}

/** MAIL_FROM's address under another name: `"Belonging studio" <hello@…>`. */
export function withSenderName(mailFrom: string, name: string) {
  const address = /<([^>]+)>/.exec(mailFrom)?.[1] ?? mailFrom.trim();
  return `"${name.replace(/["\\]/g, "")}" <${address}>`;
}

/**
 * Sends what is due in the outbox. Each message is claimed first (so two app processes never
 * send the same one), marked SENT right after the server accepts it, and on failure tried
 * again later with a growing delay. Without a transport, nothing is sent: messages wait in
 * the mailbox.
 */
export async function sendDueEmails(via: MailTransport | null = getMailTransport(), limit = 20) {
  if (!via) return { sent: 0, failed: 0 };
  const from = getEnv().MAIL_FROM;
  let sent = 0;
  let failed = 0;
  for (const email of await claimDueEmails(limit, HOLD_MS)) {
    try {
      const sender = email.fromName ? withSenderName(from, email.fromName) : from;
      await via.sendMail({ from: sender, to: email.to, subject: email.subject, text: email.text, html: email.html, messageId: messageId(email.idempotencyKey) });
      await markEmailSent(email.id);
      sent++;
    } catch (error) {
      failed++;
      const retryAt = email.attempts >= MAX_ATTEMPTS ? null : new Date(Date.now() + retryDelayMs(email.attempts));
      logger.warn({ emailId: email.id, attempts: email.attempts, err: error }, retryAt ? "email not sent; will retry" : "email not sent; giving up");
      await markEmailFailed(email.id, error instanceof Error ? error.message : String(error), retryAt);
    }
  }
  return { sent, failed };
}

let wake: (() => void) | null = null;

/** The background worker asks to hear when mail is queued, to send it at once rather than on its next round. */
export function onMailQueued(listener: (() => void) | null) {
  wake = listener;
}

export function mailQueued() {
  wake?.();
}

/** Whether mail leaves the shop at all (SMTP_URL set), for the mailbox to say so. */
export function mailIsSent() {
  return Boolean(getEnv().SMTP_URL);
}
