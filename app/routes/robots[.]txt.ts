import type { LoaderFunctionArgs } from "@remix-run/node";
import { shopOrigin } from "~/utils/origin.server";
import { absoluteUrl } from "~/utils/seo";

// Private and per-visitor areas stay out of search. "/maker" is the makers' own sign-in area;
// the longer "Allow: /makers/" wins for public maker pages (RFC 9309: longest match).
const RULES = [
  "User-agent: *",
  "Allow: /",
  "Disallow: /admin",
  "Disallow: /maker",
  "Allow: /makers/",
  "Disallow: /cart",
  "Disallow: /checkout",
  "Disallow: /orders",
];

export function loader({ request }: LoaderFunctionArgs) {
  const body = [...RULES, "", `Sitemap: ${absoluteUrl(shopOrigin(request), "/sitemap.xml")}`, ""].join("\n");
  return new Response(body, {
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "public, max-age=3600" },
  });
}
