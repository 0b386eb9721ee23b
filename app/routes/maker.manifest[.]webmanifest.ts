import { PORTAL_ICON_SIZES } from "~/services/portal-icon.server";

/**
 * The portal as an app on her home screen ("Add to home screen"): opens her pages, under a
 * neutral name and icon.
 */
export async function loader() {
  const manifest = {
    name: "Studio",
    short_name: "Studio",
    start_url: "/maker",
    scope: "/maker",
    display: "standalone",
    background_color: "#fbf8f3",
    theme_color: "#fbf8f3",
    icons: PORTAL_ICON_SIZES.map((size) => ({ src: `/maker/icon/${size}.png`, sizes: `${size}x${size}`, type: "image/png", purpose: "any" })),
  };
  return new Response(JSON.stringify(manifest), {
    headers: { "Content-Type": "application/manifest+json", "Cache-Control": "public, max-age=3600" },
  });
}
