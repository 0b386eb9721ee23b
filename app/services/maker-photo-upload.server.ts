// Uploads into a maker's draft, from her portal or the back office. Kept apart from
// maker-photo.server.ts, which the public photo route uses and which knows nothing of drafts.
import { type DraftAuthor, saveDraftPhoto } from "~/models/maker.server";
import { getMakerPhotoStore } from "~/services/image-store.server";
import { ImageRejectedError, type ImageRejectionReason, MIN_SHORT_SIDE } from "~/services/images.server";

const REJECTIONS: Record<ImageRejectionReason, string> = {
  "unsupported-type": "This file is not a photo we can use. Please choose a JPEG, PNG or WebP photo.",
  "too-small": `This photo is too small. Please choose one at least ${MIN_SHORT_SIDE} pixels on its shorter side.`,
  "too-large": "This photo is too big. Please choose one under 10 MB.",
  unreadable: "This photo could not be opened. Please try another one.",
};

export const PHOTO_TOO_BIG = REJECTIONS["too-large"];

/** Why an upload was refused: the portal says it in her own words, from this. */
export type PhotoProblem = ImageRejectionReason | "missing";

/**
 * Re-encodes the upload (metadata stripped, resized) into the private maker-photo store and
 * puts it in her draft. Returns a plain message (for staff) and its reason when the file is
 * not a usable photo.
 */
export async function uploadDraftPhoto(
  makerId: string,
  file: FormDataEntryValue | null,
  author: DraftAuthor,
): Promise<{ error: null; problem: null } | { error: string; problem: PhotoProblem }> {
  if (!(file instanceof File) || file.size === 0) return { error: "Please choose a photo first.", problem: "missing" };
  const store = getMakerPhotoStore();
  let stored;
  try {
    stored = await store.save(Buffer.from(await file.arrayBuffer()));
  } catch (error) {
    if (error instanceof ImageRejectedError) return { error: REJECTIONS[error.reason], problem: error.reason };
    throw error;
  }
  try {
    const { unusedPhotoKey } = await saveDraftPhoto(makerId, stored.key, author);
    if (unusedPhotoKey) await store.remove(unusedPhotoKey);
  } catch (error) {
    await store.remove(stored.key);
    throw error;
  }
  return { error: null, problem: null };
}

/** Takes the photo out of her draft; its files go once nothing shows it. */
export async function removeDraftPhoto(makerId: string, author: DraftAuthor) {
  const { unusedPhotoKey } = await saveDraftPhoto(makerId, null, author);
  if (unusedPhotoKey) await getMakerPhotoStore().remove(unusedPhotoKey);
}
