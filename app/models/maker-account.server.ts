// A maker's own account for her portal (/maker). She signs in with a generated sign-in name
// ("linen-4821": easy to type, says nothing about her) and a passphrase she chose through a
// one-time invitation link. Staff issue, revoke and reset those links; each such action is in
// the audit log. Sessions, rate limits and timing follow the staff sign-in (auth.server.ts).
import { randomBytes, randomInt } from "node:crypto";
import type { Prisma } from "~/generated/prisma/client";
import { type Actor, recordAudit } from "~/models/audit.server";
import { MakerNotFoundError } from "~/models/maker.server";
import { deleteUserSessions, hashToken } from "~/models/session.server";
import { PASSWORD_LINK_HOURS } from "~/models/user.server";
import { signInAccount, type SignInResult } from "~/utils/auth.server";
import { prisma, transaction } from "~/utils/db.server";
import { hashPassword } from "~/utils/password.server";
import { RATE_LIMITS } from "~/utils/rate-limit.server";

export { PASSWORD_LINK_HOURS as INVITATION_HOURS };

// Plain, calm words that are not first names, so a sign-in name never suggests who she is.
const NAME_WORDS = [
  "amber", "birch", "canyon", "cedar", "clover", "cobalt", "copper", "coral", "delta", "ember",
  "fern", "garnet", "harbor", "indigo", "lantern", "linen", "maple", "marble", "meadow", "orchard",
  "pebble", "pine", "prairie", "quartz", "river", "saffron", "thistle", "tide", "walnut", "willow",
];
const PASSPHRASE_WORDS = [
  "apple", "basket", "bridge", "candle", "cloud", "garden", "honey", "island", "kettle", "ladder",
  "lemon", "mango", "market", "morning", "needle", "ocean", "orange", "paper", "pencil", "pillow",
  "rain", "ribbon", "silver", "spoon", "summer", "sunset", "table", "teapot", "thread", "window",
];

const pick = (words: readonly string[]) => words[randomInt(words.length)]!;

export function newLoginName() {
  return `${pick(NAME_WORDS)}-${randomInt(1000, 10000)}`;
}

/** A suggestion only: four different everyday words (of hers, when given), easy to remember. */
export function suggestPassphrase(from: readonly string[] = PASSPHRASE_WORDS) {
  const pool = new Set(from).size >= 8 ? from : PASSPHRASE_WORDS;
  const words = new Set<string>();
  while (words.size < 4) words.add(pick(pool));
  return [...words].join(" ");
}

export function normalizeLoginName(loginName: string) {
  return loginName.trim().toLowerCase();
}

function newInvitationToken() {
  const token = randomBytes(32).toString("base64url");
  return { token, id: hashToken(token), expiresAt: new Date(Date.now() + PASSWORD_LINK_HOURS * 60 * 60 * 1000) };
}

/** A sign-in name nobody has; a clash (1 in 270 000 per try) just draws again. */
async function freeLoginName(tx: Prisma.TransactionClient) {
  for (;;) {
    const loginName = newLoginName();
    if (!(await tx.user.findUnique({ where: { loginName }, select: { id: true } }))) return loginName;
  }
}

/**
 * Her account, created on first use, with a sign-in name; locks her maker row meanwhile. The
 * account is named by her staff-only label, which only staff see (the audit log).
 */
async function accountFor(tx: Prisma.TransactionClient, makerId: string) {
  const rows = await tx.$queryRaw<{ internalLabel: string }[]>`
    SELECT r."internalLabel" FROM "Maker" m JOIN "MakerStaffRecord" r ON r."makerId" = m.id WHERE m.id = ${makerId} FOR UPDATE OF m`;
  if (rows.length === 0) throw new MakerNotFoundError();
  const existing = await tx.user.findUnique({ where: { makerId }, select: { id: true, loginName: true } });
  if (existing?.loginName) return { id: existing.id, loginName: existing.loginName, created: false };
  const loginName = await freeLoginName(tx);
  if (existing) {
    await tx.user.update({ where: { id: existing.id }, data: { loginName } });
    return { id: existing.id, loginName, created: false };
  }
  const user = await tx.user.create({
    data: { name: rows[0]!.internalLabel, role: "MAKER", makerId, loginName },
    select: { id: true },
  });
  return { id: user.id, loginName, created: true };
}

export type Invitation = { token: string; expiresAt: Date; loginName: string };

/**
 * A single-use link for her to set her passphrase, valid for 72 hours. Creates her account on
 * first use; any earlier unused link stops working.
 */
export async function issueMakerInvitation(actor: Actor, makerId: string): Promise<Invitation> {
  const { token, id, expiresAt } = newInvitationToken();
  return prisma.$transaction(async (tx) => {
    const account = await accountFor(tx, makerId);
    await tx.passwordToken.deleteMany({ where: { userId: account.id, usedAt: null } });
    await tx.passwordToken.create({ data: { id, userId: account.id, expiresAt } });
    await recordAudit(tx, actor, {
      action: "maker.invitation_issued",
      entityType: "Maker",
      entityId: makerId,
      after: { accountCreated: account.created, expiresAt: expiresAt.toISOString() },
    });
    return { token, expiresAt, loginName: account.loginName };
  });
}

/** Every unused link of hers stops working. Returns how many there were. */
export async function revokeMakerInvitations(actor: Actor, makerId: string) {
  return prisma.$transaction(async (tx) => {
    if (!(await tx.maker.findUnique({ where: { id: makerId }, select: { id: true } }))) throw new MakerNotFoundError();
    const { count } = await tx.passwordToken.deleteMany({ where: { usedAt: null, user: { makerId } } });
    await recordAudit(tx, actor, { action: "maker.invitations_revoked", entityType: "Maker", entityId: makerId, after: { revoked: count } });
    return count;
  });
}

/**
 * When she has lost her passphrase or her phone: every session ends, the passphrase is
 * cleared, and a new link lets her choose another.
 */
export async function resetMakerAccess(actor: Actor, makerId: string): Promise<Invitation> {
  const { token, id, expiresAt } = newInvitationToken();
  return prisma.$transaction(async (tx) => {
    const account = await accountFor(tx, makerId);
    const sessionsEnded = await deleteUserSessions(account.id, tx);
    await tx.user.update({ where: { id: account.id }, data: { passwordHash: null } });
    await tx.passwordToken.deleteMany({ where: { userId: account.id, usedAt: null } });
    await tx.passwordToken.create({ data: { id, userId: account.id, expiresAt } });
    await recordAudit(tx, actor, {
      action: "maker.access_reset",
      entityType: "Maker",
      entityId: makerId,
      after: { sessionsEnded, expiresAt: expiresAt.toISOString() },
    });
    return { token, expiresAt, loginName: account.loginName };
  });
}

const invitationWhere = (token: string) =>
  ({
    id: hashToken(token),
    usedAt: null,
    expiresAt: { gt: new Date() },
    user: { active: true, role: "MAKER", makerId: { not: null } },
  }) satisfies Prisma.PasswordTokenWhereInput;

/** Her sign-in name, if the invitation link is unused, unexpired and for a maker's account. */
export async function findInvitation(token: string): Promise<{ loginName: string } | null> {
  const row = await prisma.passwordToken.findFirst({ where: invitationWhere(token), select: { user: { select: { loginName: true } } } });
  return row?.user.loginName ? { loginName: row.user.loginName } : null;
}

/**
 * Sets her passphrase and spends the link, once. Her other sessions end. Returns her user id
 * (to sign her in), or null when the link does not work (used, expired, revoked, not hers).
 */
export async function acceptInvitation(token: string, passphrase: string): Promise<string | null> {
  const passwordHash = await hashPassword(passphrase);
  return transaction(async (tx) => {
    const spent = await tx.passwordToken.updateMany({ where: invitationWhere(token), data: { usedAt: new Date() } });
    if (spent.count !== 1) return null;
    const { userId } = await tx.passwordToken.findUniqueOrThrow({ where: { id: hashToken(token) }, select: { userId: true } });
    await tx.user.update({ where: { id: userId }, data: { passwordHash } });
    await deleteUserSessions(userId, tx);
    return userId;
  });
}

/** Like the staff sign-in: 10 failures per 15 minutes per sign-in name and per IP. */
export function signInMaker(request: Request, loginName: string, passphrase: string): Promise<SignInResult> {
  const name = normalizeLoginName(loginName);
  return signInAccount(
    request,
    RATE_LIMITS.makerSignIn,
    name,
    () => prisma.user.findFirst({ where: { loginName: name, role: "MAKER" }, select: { id: true, role: true, active: true, passwordHash: true } }),
    passphrase,
  );
}
