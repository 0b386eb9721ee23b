import { randomUUID } from "node:crypto";
import sharp from "sharp";
import { vi } from "vitest";
import { newMakerSlug, saveDraft } from "~/models/maker.server";
import { prisma } from "~/utils/db.server";
import { getEnv } from "~/utils/env.server";
import type { MakerProfileContent } from "~/utils/maker-profile";
import { hashPassword } from "~/utils/password.server";
import { createUser, sessionCookieFor } from "./user.ts";

export const MAKER_PASSPHRASE = "teapot ribbon garden rain";

export function profileContent(overrides: Partial<MakerProfileContent> = {}): MakerProfileContent {
  return {
    displayName: "Amani",
    usesRealName: false,
    bio: "Works at the beading table; known for even tension.",
    quote: "A good knot is invisible.",
    makingSince: 2019,
    country: "KE",
    skills: ["Bead stringing", "Silk knotting"],
    photoKey: null,
    ...overrides,
  };
}

/** A maker and her staff-only record, as the back office creates them (without the audit entry). */
export function createMaker(input: { internalLabel: string; privateNotes?: string }) {
  return prisma.maker.create({
    data: { slug: newMakerSlug(), staffRecord: { create: { internalLabel: input.internalLabel, privateNotes: input.privateNotes ?? "" } } },
    select: { id: true, slug: true },
  });
}

const DAY = 24 * 60 * 60 * 1000;

/**
 * Runs `approve` on a clock set so that the consent it gives ends at `endsAt`. What she approved,
 * dates included, cannot be changed afterwards (a database trigger), so a test ages a consent
 * the way time does: by approving it in the past.
 */
export async function approvedEndingAt<T>(endsAt: Date, approve: () => Promise<T>): Promise<T> {
  vi.useFakeTimers({ toFake: ["Date"], now: endsAt.getTime() - getEnv().MAKER_CONSENT_DAYS * DAY });
  try {
    return await approve();
  } finally {
    vi.useRealTimers();
  }
}

let passphraseHash: Promise<string> | undefined;

/**
 * A maker with a draft written by a storyteller, her own portal account (sign-in name and
 * MAKER_PASSPHRASE) and, unless told otherwise, a safety review by a second storyteller.
 */
export async function createMakerWithAccount(options: { content?: Partial<MakerProfileContent>; reviewed?: boolean } = {}) {
  const id = randomUUID().slice(0, 8);
  const maker = await createMaker({ internalLabel: `Maker ${id}`, privateNotes: `Notes ${id}` });
  const author = await createUser({ role: "STORYTELLER" });
  const draft = await saveDraft(maker.id, profileContent(options.content), author.id);
  if (options.reviewed ?? true) {
    const reviewer = await createUser({ role: "STORYTELLER" });
    await prisma.safetyReview.create({ data: { makerId: maker.id, reviewerId: reviewer.id } });
  }
  passphraseHash ??= hashPassword(MAKER_PASSPHRASE);
  const user = await prisma.user.create({
    data: { name: `Maker ${id}`, role: "MAKER", makerId: maker.id, loginName: `linen-${id}`, passwordHash: await passphraseHash },
  });
  return { maker, draft, author, user, cookie: await sessionCookieFor(user.id) };
}

const XMP =
  '<?xpacket begin=""?><x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">' +
  '<rdf:Description xmlns:dc="http://purl.org/dc/elements/1.1/" dc:creator="Private person"/></rdf:RDF></x:xmpmeta><?xpacket end="w"?>';

/** A JPEG carrying EXIF, XMP and a Display P3 ICC profile, as a phone might upload it. */
export function photoWithMetadata() {
  return sharp({ create: { width: 800, height: 1000, channels: 3, background: { r: 176, g: 119, b: 74 } } })
    .withMetadata({ icc: "p3", exif: { IFD0: { Make: "PhoneCo", Model: "Camera 9", Copyright: "Private person" } } })
    .withXmp(XMP)
    .jpeg()
    .toBuffer();
}
