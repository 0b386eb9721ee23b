import type { LoaderFunctionArgs } from "@remix-run/node";
import { getDraftPhotoKey } from "~/models/maker.server";
import { makerPhotoResponse } from "~/services/maker-photo.server";
import { requireStaff } from "~/utils/auth.server";
import { NO_STORE } from "~/utils/http-cache";
import { PERMISSIONS } from "~/utils/permissions";

/** The photo in a maker's draft, for the staff who look after her profile. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireStaff(request, PERMISSIONS.makers);
  return makerPhotoResponse(await getDraftPhotoKey(params.makerId ?? ""), params.file ?? "", NO_STORE["Cache-Control"]);
}
