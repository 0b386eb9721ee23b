import type { LoaderFunctionArgs } from "@remix-run/node";
import { PORTAL_ICON_SIZES, type PortalIconSize, portalIconPng } from "~/services/portal-icon.server";

/** /maker/icon/192.png and /maker/icon/512.png, for the web app manifest. */
export async function loader({ params }: LoaderFunctionArgs) {
  const size = Number(/^(\d+)\.png$/.exec(params.file ?? "")?.[1]);
  if (!PORTAL_ICON_SIZES.includes(size as PortalIconSize)) return new Response("Not found", { status: 404 });
  return new Response(new Uint8Array(await portalIconPng(size as PortalIconSize)), {
    headers: { "Content-Type": "image/png", "Cache-Control": "public, max-age=86400" },
  });
}
