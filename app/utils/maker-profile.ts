import { COUNTRY_NAMES_EN, type CountryCode } from "~/utils/country-names";

/**
 * What a maker profile is, shared by the public pages and the maker portal's preview, so the
 * preview is exactly what the public would see.
 */

/** Every field of a maker profile that can be made public, each consented separately. */
export const MAKER_PUBLIC_FIELDS = [
  "displayName",
  "photo",
  "bio",
  "quote",
  "makingSince",
  "country",
  "skills",
  "attribution",
] as const;
export type MakerPublicField = (typeof MAKER_PUBLIC_FIELDS)[number];

/** Plain words for each field, as staff read them in the back office (the portal has its own, per language). */
export const FIELD_LABELS: Record<MakerPublicField, string> = {
  displayName: "My name",
  photo: "My photo",
  bio: "About my craft",
  quote: "My quote",
  makingSince: "The year I started making",
  country: "My country",
  skills: "My skills",
  attribution: "My name on the pieces I made",
};

/** Showing either needs a storyteller's safety review first. */
export const FIELDS_NEEDING_SAFETY_REVIEW: readonly MakerPublicField[] = ["displayName", "photo"];

export type MakerProfileContent = {
  displayName: string;
  usesRealName: boolean;
  bio: string;
  quote: string;
  makingSince: number | null;
  country: string | null;
  skills: string[];
  photoKey: string | null;
};

/** The canonical form an approval's SHA-256 is taken of: it names exactly what the maker saw. */
export function canonicalProfileContent(content: MakerProfileContent) {
  return JSON.stringify([
    content.displayName,
    content.usesRealName,
    content.bio,
    content.quote,
    content.makingSince,
    content.country,
    content.skills,
    content.photoKey,
  ]);
}

/** A profile as the public sees it: only what was consented, and only what has content. */
export type PublicMakerProfile = {
  slug: string;
  displayName: string | null;
  hasPhoto: boolean;
  bio: string | null;
  quote: string | null;
  makingSince: number | null;
  country: string | null;
  skills: string[];
};

export function projectPublicProfile(
  slug: string,
  content: MakerProfileContent,
  fields: readonly string[],
): PublicMakerProfile {
  const shown = (field: MakerPublicField) => fields.includes(field);
  return {
    slug,
    displayName: shown("displayName") && content.displayName ? content.displayName : null,
    hasPhoto: shown("photo") && content.photoKey !== null,
    bio: shown("bio") && content.bio ? content.bio : null,
    quote: shown("quote") && content.quote ? content.quote : null,
    makingSince: shown("makingSince") ? content.makingSince : null,
    country: shown("country") ? content.country : null,
    skills: shown("skills") ? content.skills : [],
  };
}

/** The credit of a piece when no maker of it chose to be named on it. */
export const STUDIO_CREDIT = "Made in our studio by one of our makers";

/** Consent lasts at most three years. */
export const MAX_CONSENT_DAYS = 3 * 365;

/** A country's English name, from a fixed list so the server and every browser agree. */
export function countryName(code: string) {
  return COUNTRY_NAMES_EN[code as CountryCode] ?? code;
}

/** ISO 3166-1 alpha-2: the finest place a profile can name is a country. */
export const COUNTRY_CODES = Object.keys(COUNTRY_NAMES_EN);

/**
 * Countries for a select, sorted by name. English comes from the fixed list; another language
 * from Intl on the server, and reaches the browser as loader data (never drawn there again).
 */
export function countryOptions(language = "en") {
  const names = language === "en" ? null : new Intl.DisplayNames([language], { type: "region", fallback: "none" });
  return COUNTRY_CODES.map((code) => ({ code, name: names?.of(code) ?? countryName(code) })).sort((a, b) =>
    a.name.localeCompare(b.name, language),
  );
}

/** Staff and the maker are reminded this many days before her consent ends. */
export const REMINDER_DAYS = 30;

export type ConsentStatus = "public" | "expires-soon" | "ended" | "withdrawn" | "nothing-public";

export const CONSENT_STATUS_LABELS: Record<ConsentStatus, string> = {
  public: "Public",
  "expires-soon": "Public, ends soon",
  ended: "Ended: time ran out",
  withdrawn: "Withdrawn",
  "nothing-public": "Nothing public",
};

/**
 * Where a maker's consent stands. `current` is her consent row that is not ended
 * (withdrawnAt null); `lastAction` her newest consent event, if any.
 */
export function consentStatus(
  current: { expiresAt: Date; fields: readonly string[] } | null,
  lastAction: "GRANTED" | "WITHDRAWN" | "EXPIRED" | null,
  now = new Date(),
): ConsentStatus {
  if (current && current.fields.length > 0) {
    if (current.expiresAt <= now) return "ended";
    return current.expiresAt.getTime() - now.getTime() <= REMINDER_DAYS * 24 * 60 * 60 * 1000 ? "expires-soon" : "public";
  }
  if (lastAction === "EXPIRED") return "ended";
  return lastAction ? "withdrawn" : "nothing-public";
}

/** The fields of a draft that have something to show, in order. */
export function fieldsWithContent(content: MakerProfileContent): MakerPublicField[] {
  const has: Record<MakerPublicField, boolean> = {
    displayName: content.displayName.trim() !== "",
    photo: content.photoKey !== null,
    bio: content.bio.trim() !== "",
    quote: content.quote.trim() !== "",
    makingSince: content.makingSince !== null,
    country: content.country !== null,
    skills: content.skills.length > 0,
    // Her name on her pieces: only meaningful when there is a name.
    attribution: content.displayName.trim() !== "",
  };
  return MAKER_PUBLIC_FIELDS.filter((field) => has[field]);
}

/** Fields that wait for the safety review: her name, her photo, and her name on her pieces. */
export const FIELDS_WAITING_FOR_REVIEW: readonly MakerPublicField[] = [...FIELDS_NEEDING_SAFETY_REVIEW, "attribution"];
