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

/** Plain words for each field, as the maker reads them in her portal. */
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

export function countryName(code: string) {
  try {
    return new Intl.DisplayNames(["en"], { type: "region" }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** The same fields in the words of her history: "On 3 May you chose to show your name". */
export const FIELD_PHRASES: Record<MakerPublicField, string> = {
  displayName: "your name",
  photo: "your photo",
  bio: "what you wrote about your craft",
  quote: "your quote",
  makingSince: "the year you started making",
  country: "your country",
  skills: "your skills",
  attribution: "your name on the pieces you made",
};

/** "your name, your photo and your skills", in the order of MAKER_PUBLIC_FIELDS. */
export function fieldPhrases(fields: readonly string[]) {
  const known = MAKER_PUBLIC_FIELDS.filter((field) => fields.includes(field));
  return new Intl.ListFormat("en-GB", { style: "long", type: "conjunction" }).format(known.map((field) => FIELD_PHRASES[field]));
}

/** ISO 3166-1 alpha-2: the finest place a profile can name is a country. */
export const COUNTRY_CODES = (
  "AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ CA CC " +
  "CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE " +
  "GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM " +
  "KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ " +
  "NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH " +
  "SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG " +
  "VI VN VU WF WS YE YT ZA ZM ZW"
).split(" ");

/** Countries for a select, sorted by their English names. */
export function countryOptions() {
  return COUNTRY_CODES.map((code) => ({ code, name: countryName(code) })).sort((a, b) => a.name.localeCompare(b.name, "en"));
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

const plainDate = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });

/** "3 May 2026": the same on the server and in the browser. */
export function formatPlainDate(date: Date | string) {
  return plainDate.format(new Date(date));
}

/** One consent event in the words of her history page. */
export function consentEventSentence(event: { action: "GRANTED" | "WITHDRAWN" | "EXPIRED"; fields: readonly string[]; createdAt: Date | string }) {
  const on = `On ${formatPlainDate(event.createdAt)}`;
  const what = fieldPhrases(event.fields) || "nothing";
  switch (event.action) {
    case "GRANTED":
      return `${on} you chose to show ${what}.`;
    case "WITHDRAWN":
      return `${on} you stopped showing ${what}.`;
    case "EXPIRED":
      return `${on} your choice to show ${what} reached its end date, so it stopped being shown.`;
  }
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
