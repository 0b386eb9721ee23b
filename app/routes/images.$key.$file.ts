import { createReadStream } from "node:fs";
import type { LoaderFunctionArgs } from "@remix-run/node";
import { createReadableStreamFromReadable } from "@remix-run/node";
import { z } from "zod";
import { getImageStore } from "~/services/image-store.server";

const params = z.object({
  key: z.string().regex(/^[a-z0-9]{16,64}$/),
  file: z.string().regex(/^(\d{3,4})\.(avif|webp|jpg)$/),
});

/** Product, collection and journal images. Maker portraits are served elsewhere, behind consent. */
export async function loader({ params: raw }: LoaderFunctionArgs) {
  const parsed = params.safeParse(raw);
  if (!parsed.success) throw new Response("Not found", { status: 404 });
  const [, width, format] = parsed.data.file.match(/^(\d+)\.(\w+)$/)!;
  const file = await getImageStore().resolve(parsed.data.key, Number(width), format as "avif" | "webp" | "jpg");
  if (!file) throw new Response("Not found", { status: 404 });
  return new Response(createReadableStreamFromReadable(createReadStream(file.path)), {
    headers: {
      "Content-Type": file.contentType,
      // Keys are random and never reused for other content, so renditions never change.
      "Cache-Control": "public, max-age=31536000, immutable",
    },
  });
}
