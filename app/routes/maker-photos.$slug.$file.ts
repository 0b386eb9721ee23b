import type { LoaderFunctionArgs } from "@remix-run/node";
import { z } from "zod";
import { getPublicPhotoKey } from "~/models/public-maker.server";
import { makerPhotoResponse, photoFile } from "~/services/maker-photo.server";

const params = z.object({ slug: z.string().max(64), file: photoFile });

/** A maker's public photo: consent is checked on every request, and nothing may keep a copy. */
export async function loader({ params: raw }: LoaderFunctionArgs) {
  const parsed = params.safeParse(raw);
  if (!parsed.success) throw new Response("Not found", { status: 404, headers: { "Cache-Control": "no-store" } });
  return makerPhotoResponse(await getPublicPhotoKey(parsed.data.slug), parsed.data.file);
}
