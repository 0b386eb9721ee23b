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

/** Consent lasts at most three years. */
export const MAX_CONSENT_DAYS = 3 * 365;
