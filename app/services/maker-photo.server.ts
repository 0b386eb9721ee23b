import { createReadStream } from "node:fs";
import { createReadableStreamFromReadable } from "@remix-run/node";
import { z } from "zod";
import { getMakerPhotoStore } from "~/services/image-store.server";

export const photoFile = z.string().regex(/^(320|640|960)\.(avif|webp|jpg)$/);

/**
 * One rendition of a maker photo, or 404. Nothing may keep a copy: whoever may see it now
 * (the public, her, staff) is decided again on every request. Her own and staff views add
 * `private`, like every signed-in page.
 */
export async function makerPhotoResponse(key: string | null, file: string, cacheControl = "no-store"): Promise<Response> {
  const NO_STORE = { "Cache-Control": cacheControl };
  const parsed = photoFile.safeParse(file);
  if (!key || !parsed.success) throw new Response("Not found", { status: 404, headers: NO_STORE });
  const [width, format] = parsed.data.split(".") as [string, "avif" | "webp" | "jpg"];
  // A small photo has no wide renditions: serve the widest there is up to the one asked for.
  let found = null;
  for (const w of [960, 640, 320].filter((w) => w <= Number(width))) {
    found ??= await getMakerPhotoStore().resolve(key, w, format);
  }
  if (!found) throw new Response("Not found", { status: 404, headers: NO_STORE });
  return new Response(createReadableStreamFromReadable(createReadStream(found.path)), {
    headers: { "Content-Type": found.contentType, ...NO_STORE },
  });
}
