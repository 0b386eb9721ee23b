import path from "node:path";
import { createImageStore } from "~/services/images.server";
import { getEnv } from "~/utils/env.server";

let catalogStore: ReturnType<typeof createImageStore> | undefined;
let makerPhotoStore: ReturnType<typeof createImageStore> | undefined;

/** Product, collection and journal images, served to anyone by /images. */
export function getImageStore() {
  catalogStore ??= createImageStore(getEnv().UPLOADS_DIR);
  return catalogStore;
}

/**
 * Maker portraits, kept apart: /images cannot reach this folder (its name is not a valid
 * image key), and the only route that serves them checks the maker's consent every time.
 */
export function getMakerPhotoStore() {
  makerPhotoStore ??= createImageStore(path.join(getEnv().UPLOADS_DIR, "private-maker-photos"));
  return makerPhotoStore;
}
