import type { LoaderFunctionArgs } from "@remix-run/node";
import { listSitemapEntries } from "~/models/sitemap.server";
import { shopOrigin } from "~/utils/origin.server";
import { absoluteUrl } from "~/utils/seo";
import { escapeXml } from "~/utils/xml";

/** sitemaps.org sitemap of every public page: catalog, collections, journal and public maker profiles. */
export async function loader({ request }: LoaderFunctionArgs) {
  const origin = shopOrigin(request);
  const entries = await listSitemapEntries();
  const urls = entries.map(
    (entry) =>
      `  <url><loc>${escapeXml(absoluteUrl(origin, entry.path))}</loc><lastmod>${entry.lastmod.toISOString()}</lastmod></url>`,
  );
  const xml = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...urls,
    "</urlset>",
    "",
  ].join("\n");
  return new Response(xml, {
    headers: { "Content-Type": "application/xml; charset=utf-8", "Cache-Control": "public, max-age=3600" },
  });
}
