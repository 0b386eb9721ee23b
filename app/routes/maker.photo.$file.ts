import type { LoaderFunctionArgs } from "@remix-run/node";
import { getDraftPhotoKey } from "~/models/maker.server";
import { makerPhotoResponse } from "~/services/maker-photo.server";
import { NO_STORE } from "~/utils/http-cache";
import { requireMaker } from "~/utils/maker-auth.server";

/** The photo in her own draft, for her preview: only she sees it here, and nothing keeps a copy. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const me = await requireMaker(request);
  return makerPhotoResponse(await getDraftPhotoKey(me.makerId), params.file ?? "", NO_STORE["Cache-Control"]);
}
