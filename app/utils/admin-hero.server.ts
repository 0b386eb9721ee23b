import { getImageStore } from "~/services/image-store.server";
import { ImageRejectedError } from "~/services/images.server";
import { HERO_IMAGE_SIZE } from "~/utils/images";

/** The chosen hero file, or null when none was chosen. */
export function heroFile(form: FormData): File | null {
  const file = form.get("heroImage");
  return file instanceof File && file.size > 0 ? file : null;
}

// Pages show heroes at 16:9 with renditions up to 1600 px, so narrower or squarer files would blur or crop badly.
const MIN_HERO_WIDTH = 1600;
const HERO_RATIO = HERO_IMAGE_SIZE.width / HERO_IMAGE_SIZE.height;

/** Stores a hero image (content-checked by the image store); the key, or a message for the field. */
export async function saveHeroImage(file: File): Promise<{ key: string } | { error: string }> {
  const store = getImageStore();
  let stored;
  try {
    stored = await store.save(Buffer.from(await file.arrayBuffer()));
  } catch (error) {
    if (error instanceof ImageRejectedError) return { error: error.message };
    throw error;
  }
  if (stored.width < MIN_HERO_WIDTH || Math.abs(stored.width / stored.height - HERO_RATIO) > 0.05) {
    await store.remove(stored.key);
    return { error: `Use a landscape image in 16:9, at least ${MIN_HERO_WIDTH} pixels wide (like 1920 × 1080).` };
  }
  return { key: stored.key };
}

/** Removes a stored hero again when the write that was to use it failed. */
export function discardHeroImage(key: string) {
  return getImageStore().remove(key);
}
