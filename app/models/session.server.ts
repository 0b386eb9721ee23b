import { createHash, randomBytes } from "node:crypto";
import type { Prisma, Role } from "~/generated/prisma/client";
import { prisma } from "~/utils/db.server";
import { getEnv } from "~/utils/env.server";

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;
/**
 * Sessions end after 7 days without use (sliding) and 30 days after sign-in whatever happens
 * (absolute). A maker's end sooner, after MAKER_SESSION_IDLE_HOURS without use (12 by
 * default): her phone may be shared or looked at by others. The sliding expiry is pushed
 * forward at most once a day (for makers, once per twelfth of her idle time), so a signed-in
 * page costs one read and, now and then, one write.
 */
export const SESSION_IDLE_MS = 7 * DAY;
export const SESSION_MAX_MS = 30 * DAY;

export function sessionIdleMs(role: Role) {
  return role === "MAKER" ? getEnv().MAKER_SESSION_IDLE_HOURS * HOUR : SESSION_IDLE_MS;
}

/** The database stores only this hash, so a leaked table does not leak sessions. */
export function hashToken(token: string) {
  return createHash("sha256").update(token).digest("hex");
}

export const sessionUserSelect = {
  id: true,
  email: true,
  name: true,
  role: true,
  makerId: true,
} satisfies Prisma.UserSelect;

export type SessionUser = Prisma.UserGetPayload<{ select: typeof sessionUserSelect }>;

function nextExpiry(createdAt: Date, now: Date, idleMs: number) {
  return new Date(Math.min(now.getTime() + idleMs, createdAt.getTime() + SESSION_MAX_MS));
}

/** A new session for the user; returns the token for the cookie (32 random bytes). */
export async function createSession(userId: string): Promise<string> {
  const token = randomBytes(32).toString("base64url");
  const now = new Date();
  const { role } = await prisma.user.findUniqueOrThrow({ where: { id: userId }, select: { role: true } });
  await prisma.session.create({ data: { id: hashToken(token), userId, createdAt: now, expiresAt: nextExpiry(now, now, sessionIdleMs(role)) } });
  return token;
}

/** The active user a session token belongs to, or null; slides the expiry forward when due. */
export async function findSessionUser(token: string): Promise<SessionUser | null> {
  const id = hashToken(token);
  const now = new Date();
  const session = await prisma.session.findFirst({
    where: { id, expiresAt: { gt: now }, user: { active: true } },
    select: { createdAt: true, expiresAt: true, user: { select: sessionUserSelect } },
  });
  if (!session) return null;
  const idleMs = sessionIdleMs(session.user.role);
  const expiry = nextExpiry(session.createdAt, now, idleMs);
  if (expiry.getTime() - session.expiresAt.getTime() >= Math.min(DAY, idleMs / 12)) {
    await prisma.session.updateMany({ where: { id }, data: { expiresAt: expiry } });
  }
  return session.user;
}

export async function deleteSession(token: string) {
  await prisma.session.deleteMany({ where: { id: hashToken(token) } });
}

export async function deleteUserSessions(userId: string, db: Prisma.TransactionClient = prisma) {
  const { count } = await db.session.deleteMany({ where: { userId } });
  return count;
}

/** Expired sessions are never honoured; this only keeps the table small. */
export async function deleteExpiredSessions() {
  await prisma.session.deleteMany({ where: { expiresAt: { lte: new Date() } } });
}
