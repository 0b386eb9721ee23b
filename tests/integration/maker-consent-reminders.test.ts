import { describe, expect, it } from "vitest";
import { queueConsentReminders } from "~/models/admin-consent-reminders.server";
import { approveProfile, recordExpiredConsents } from "~/models/maker.server";
import { getPublicMaker } from "~/models/public-maker.server";
import { prisma } from "~/utils/db.server";
import { approvedEndingAt, createMakerWithAccount } from "../factories/maker.ts";
import { createUser } from "../factories/user.ts";

const DAY = 24 * 60 * 60 * 1000;

/** A maker whose consent to show her name and craft story ends `endsIn` ms from now. */
async function approvedMaker(endsIn?: number) {
  const made = await createMakerWithAccount();
  const approve = () =>
    approveProfile({
      makerId: made.maker.id,
      userId: made.user.id,
      versionId: made.draft.id,
      contentHash: made.draft.contentHash,
      fields: ["displayName", "bio"],
    });
  const consent = endsIn === undefined ? await approve() : await approvedEndingAt(new Date(Date.now() + endsIn), approve);
  return { ...made, consent };
}

describe("the end of a maker's consent", () => {
  it("reminds owners and storytellers once, a month ahead, by internal label only", async () => {
    const { maker } = await approvedMaker(20 * DAY);
    const owner = await createUser({ role: "OWNER", email: "owner@reminders.test" });
    await createUser({ role: "INVENTORY", email: "stock@reminders.test" });

    expect(await queueConsentReminders()).toBe(1);
    expect(await queueConsentReminders()).toBe(0);
    const mail = await prisma.outboxEmail.findMany({ where: { kind: "consent_reminder" }, select: { to: true, text: true } });
    const recipients = mail.map((m) => m.to);
    expect(recipients).toContain(owner.email);
    expect(recipients).not.toContain("stock@reminders.test");
    const { internalLabel, privateNotes } = await prisma.makerStaffRecord.findUniqueOrThrow({ where: { makerId: maker.id } });
    expect(mail[0]!.text).toContain(internalLabel);
    expect(mail[0]!.text).not.toContain(privateNotes);
  });

  it("does not remind about a consent that ends later than a month from now", async () => {
    await approvedMaker();
    expect(await queueConsentReminders()).toBe(0);
  });

  it("stops showing her profile at expiry by itself, and records it in her history", async () => {
    const { maker } = await approvedMaker(-1000);
    const slug = (await prisma.maker.findUniqueOrThrow({ where: { id: maker.id } })).slug;
    expect((await getPublicMaker(slug)).state).toBe("gone");

    expect(await recordExpiredConsents()).toBe(1);
    expect(await recordExpiredConsents()).toBe(0);
    const events = await prisma.consentEvent.findMany({ where: { makerId: maker.id }, orderBy: { createdAt: "asc" }, select: { action: true, fields: true } });
    expect(events.map((e) => e.action)).toEqual(["GRANTED", "EXPIRED"]);
    expect(events[1]!.fields).toEqual(["displayName", "bio"]);
  });
});
