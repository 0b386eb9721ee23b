import type { DraftWords } from "~/components/maker-portal/draft-fields";
import type { PhotoWords } from "~/components/maker-portal/draft-photo";
import { MAX_SKILLS } from "~/utils/maker-profile-form";

/** The draft's fields as staff read them: about her, in the back office's English. */
export const STAFF_DRAFT_WORDS: DraftWords = {
  displayName: "Display name",
  displayNameHint: "A chosen name unless she wants her real first name shown.",
  usesRealName: "This is her real first name (only if she chose it)",
  bio: "About her craft",
  bioHint: "Her craft, skills and goals, in words she agrees with. Never anything about her past.",
  quote: "A quote (optional)",
  quoteHint: "Her own words about her work.",
  makingSince: "Making since (year, optional)",
  country: "Country (optional)",
  countryHint: "Nothing finer than a country is ever stored.",
  noCountry: "No country",
  skills: `Skills, one per line (up to ${MAX_SKILLS})`,
};

export const STAFF_PHOTO_WORDS: PhotoWords = {
  heading: "Photo",
  none: "No photo in the draft.",
  alt: "The photo in her draft",
  remove: "Remove the photo from the draft",
  choose: "Photo file",
  hint: "JPEG, PNG or WebP, up to 10 MB, at least 400 pixels on the shorter side. Location and camera details are removed. Only she can approve showing it.",
  upload: "Upload photo",
  uploading: "Uploading…",
};
