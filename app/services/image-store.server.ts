import { createImageStore } from "~/services/images.server";
import { getEnv } from "~/utils/env.server";

let store: ReturnType<typeof createImageStore> | undefined;

/** The shop's image store, in UPLOADS_DIR. */
export function getImageStore() {
  store ??= createImageStore(getEnv().UPLOADS_DIR);
  return store;
}
