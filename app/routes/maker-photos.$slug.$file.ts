import { createReadStream } from "node:fs";
import type { LoaderFunctionArgs } from "@remix-run/node";
import { createReadableStreamFromReadable } from "@remix-run/node";
import { z } from "zod";
import { getPublicPhotoKey } from "~/models/public-maker.server";
import { getMakerPhotoStore } from "~/services/image-store.server";

const params = z.object({
  slug: z.string().max(64),
  file: z.string().regex(/^(320|640|960)\.(avif|webp|jpg)$/),
});

/** A maker's photo: consent is checked on every request, and nothing may keep a copy. */
export async function loader({ params: raw }: LoaderFunctionArgs) {
  const parsed = params.safeParse(raw);
  if (!parsed.success) throw new Response("Not found", { status: 404 });
  const key = await getPublicPhotoKey(parsed.data.slug);
  const [width, format] = parsed.data.file.split(".") as [string, "avif" | "webp" | "jpg"];
  // A small photo has no wide renditions: serve the widest there is up to the one asked for.
  const widths = [960, 640, 320].filter((w) => w <= Number(width));
  let file = null;
  for (const w of key ? widths : []) {
    file ??= await getMakerPhotoStore().resolve(key!, w, format);
  }
  if (!file) throw new Response("Not found", { status: 404, headers: { "Cache-Control": "no-store" } });
  return new Response(createReadableStreamFromReadable(createReadStream(file.path)), {
    headers: { "Content-Type": file.contentType, "Cache-Control": "no-store" },
  });
}
