import { randomBytes } from "node:crypto";
import type { Prisma, Role } from "~/generated/prisma/client";
import { type Actor, recordAudit } from "~/models/audit.server";
import { deleteUserSessions, hashToken } from "~/models/session.server";
import { prisma, transaction } from "~/utils/db.server";
import { hashPassword } from "~/utils/password.server";

/** Set-password links (invitations) work once, for 72 hours. */
export const PASSWORD_LINK_HOURS = 72;

const signInSelect = { id: true, role: true, active: true, passwordHash: true } satisfies Prisma.UserSelect;

export function findUserForSignIn(email: string) {
  return prisma.user.findUnique({ where: { email: email.toLowerCase() }, select: signInSelect });
}

export const staffRowSelect = {
  id: true,
  email: true,
  name: true,
  role: true,
  active: true,
  passwordHash: true,
  createdAt: true,
} satisfies Prisma.UserSelect;

/** Staff accounts, owners first; whether a password is set, never the hash. */
export async function listStaff() {
  const rows = await prisma.user.findMany({
    where: { role: { not: "MAKER" } },
    select: staffRowSelect,
    orderBy: [{ active: "desc" }, { role: "asc" }, { name: "asc" }],
  });
  return rows.map(({ passwordHash, ...row }) => ({ ...row, hasPassword: passwordHash !== null }));
}
export type StaffRow = Awaited<ReturnType<typeof listStaff>>[number];

export class EmailTakenError extends Error {}
export class LastOwnerError extends Error {}
export class UserNotFoundError extends Error {}

function newPasswordToken() {
  const token = randomBytes(32).toString("base64url");
  return { token, id: hashToken(token), expiresAt: new Date(Date.now() + PASSWORD_LINK_HOURS * 60 * 60 * 1000) };
}

/** Creates a staff account without a password and returns a one-time set-password token. */
export async function inviteStaff(actor: Actor, input: { email: string; name: string; role: Role }) {
  const email = input.email.toLowerCase();
  const { token, id, expiresAt } = newPasswordToken();
  return prisma.$transaction(async (tx) => {
    if (await tx.user.findUnique({ where: { email }, select: { id: true } })) throw new EmailTakenError();
    const user = await tx.user.create({
      data: { email, name: input.name, role: input.role, passwordTokens: { create: { id, expiresAt } } },
      select: { id: true },
    });
    await recordAudit(tx, actor, {
      action: "user.invited",
      entityType: "User",
      entityId: user.id,
      after: { email, name: input.name, role: input.role },
    });
    return { userId: user.id, token, expiresAt };
  });
}

/** A fresh set-password link for an existing staff account; earlier unused links stop working. */
export async function issuePasswordLink(actor: Actor, userId: string) {
  const { token, id, expiresAt } = newPasswordToken();
  return prisma.$transaction(async (tx) => {
    const user = await tx.user.findFirst({ where: { id: userId, role: { not: "MAKER" } }, select: { id: true } });
    if (!user) throw new UserNotFoundError();
    await tx.passwordToken.deleteMany({ where: { userId, usedAt: null } });
    await tx.passwordToken.create({ data: { id, userId, expiresAt } });
    await recordAudit(tx, actor, { action: "user.password_link_issued", entityType: "User", entityId: userId });
    return { token, expiresAt };
  });
}

/**
 * Locks the active owners' rows, so two owners demoting each other at once cannot leave the
 * shop without one; throws when `userId` is the last of them.
 */
async function assertNotLastOwner(tx: Prisma.TransactionClient, userId: string) {
  const owners = await tx.$queryRaw<{ id: string }[]>`
    SELECT "id" FROM "User" WHERE "role" = 'OWNER' AND "active" ORDER BY "id" FOR UPDATE`;
  if (owners.length === 1 && owners[0]!.id === userId) throw new LastOwnerError();
}

const auditedUserSelect = { id: true, role: true, active: true, email: true, name: true } satisfies Prisma.UserSelect;

async function findStaffForChange(tx: Prisma.TransactionClient, userId: string) {
  const user = await tx.user.findFirst({ where: { id: userId, role: { not: "MAKER" } }, select: auditedUserSelect });
  if (!user) throw new UserNotFoundError();
  return user;
}

export async function changeRole(actor: Actor, userId: string, role: Role) {
  await prisma.$transaction(async (tx) => {
    const before = await findStaffForChange(tx, userId);
    if (before.role === role) return;
    if (before.role === "OWNER" && before.active) await assertNotLastOwner(tx, userId);
    await tx.user.update({ where: { id: userId }, data: { role } });
    await recordAudit(tx, actor, {
      action: "user.role_changed",
      entityType: "User",
      entityId: userId,
      before: { role: before.role },
      after: { role },
    });
  });
}

/** Deactivating also ends every session the user has, in the same transaction. */
export async function setUserActive(actor: Actor, userId: string, active: boolean) {
  await prisma.$transaction(async (tx) => {
    const before = await findStaffForChange(tx, userId);
    if (before.active === active) return;
    if (!active && before.role === "OWNER") await assertNotLastOwner(tx, userId);
    await tx.user.update({ where: { id: userId }, data: { active } });
    const sessionsEnded = active ? 0 : await deleteUserSessions(userId, tx);
    await recordAudit(tx, actor, {
      action: active ? "user.reactivated" : "user.deactivated",
      entityType: "User",
      entityId: userId,
      before: { active: before.active },
      after: active ? { active } : { active, sessionsEnded },
    });
  });
}

/** Recorded when someone ends all their own sessions. */
export async function recordSignOutEverywhere(actor: Actor, sessionsEnded: number) {
  await recordAudit(prisma, actor, {
    action: "user.signed_out_everywhere",
    entityType: "User",
    entityId: actor.id,
    after: { sessionsEnded },
  });
}

const passwordTokenSelect = {
  id: true,
  expiresAt: true,
  usedAt: true,
  user: { select: { id: true, name: true, email: true, active: true, role: true } },
} satisfies Prisma.PasswordTokenSelect;

/**
 * The staff account a set-password token is for, if the token is unused, unexpired and the
 * account active. A maker's invitation is hers alone: it works only in her portal (/maker/welcome).
 */
export async function findPasswordTokenUser(token: string) {
  const row = await prisma.passwordToken.findUnique({ where: { id: hashToken(token) }, select: passwordTokenSelect });
  if (!row || row.usedAt || row.expiresAt <= new Date() || !row.user.active || row.user.role === "MAKER") return null;
  const { id, name, email } = row.user;
  return { id, name, email };
}

/**
 * Sets the password and spends the token, once: a second use of the same link finds it used.
 * Existing sessions end, as after any password change. Returns false if the link is not valid.
 */
export async function setPasswordWithToken(token: string, password: string, ip: string): Promise<boolean> {
  const passwordHash = await hashPassword(password);
  return transaction(async (tx) => {
    const spent = await tx.passwordToken.updateMany({
      where: { id: hashToken(token), usedAt: null, expiresAt: { gt: new Date() }, user: { active: true, role: { not: "MAKER" } } },
      data: { usedAt: new Date() },
    });
    if (spent.count !== 1) return false;
    const { userId } = await tx.passwordToken.findUniqueOrThrow({ where: { id: hashToken(token) }, select: { userId: true } });
    await tx.user.update({ where: { id: userId }, data: { passwordHash } });
    await deleteUserSessions(userId, tx);
    await recordAudit(tx, { id: userId, ip }, { action: "user.password_set", entityType: "User", entityId: userId });
    return true;
  });
}
