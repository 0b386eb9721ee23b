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

export const ANONYMOUS_ATTRIBUTION = "Handcrafted by an artisan in our program";

/** Consent lasts at most three years. */
export const MAX_CONSENT_DAYS = 3 * 365;

export function countryName(code: string) {
  try {
    return new Intl.DisplayNames(["en"], { type: "region" }).of(code) ?? code;
  } catch {
    return code;
  }
}
