import type { LoaderFunctionArgs } from "@remix-run/node";
import { listLatestArticles } from "~/models/article.server";
import { TOPIC_LABELS } from "~/utils/journal";
import { shopOrigin } from "~/utils/origin.server";
import { absoluteUrl, SITE_NAME } from "~/utils/seo";
import { cdata, escapeXml } from "~/utils/xml";

const FEED_SIZE = 20;

/** RSS 2.0 feed of the newest published journal articles. */
export async function loader({ request }: LoaderFunctionArgs) {
  const origin = shopOrigin(request);
  const articles = await listLatestArticles(FEED_SIZE);
  const journalUrl = absoluteUrl(origin, "/journal");
  const items = articles.map((article) => {
    const url = absoluteUrl(origin, `/journal/${article.slug}`);
    return [
      "    <item>",
      `      <title>${escapeXml(article.title)}</title>`,
      `      <link>${escapeXml(url)}</link>`,
      `      <guid isPermaLink="true">${escapeXml(url)}</guid>`,
      `      <pubDate>${article.publishedAt.toUTCString()}</pubDate>`,
      `      <dc:creator>${cdata(article.authorName)}</dc:creator>`,
      `      <category>${escapeXml(TOPIC_LABELS[article.topic])}</category>`,
      `      <description>${cdata(article.excerpt)}</description>`,
      "    </item>",
    ].join("\n");
  });
  const xml = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/">',
    "  <channel>",
    `    <title>${SITE_NAME} journal</title>`,
    `    <link>${escapeXml(journalUrl)}</link>`,
    `    <atom:link href="${escapeXml(absoluteUrl(origin, "/journal/rss.xml"))}" rel="self" type="application/rss+xml"/>`,
    "    <description>Stories from the Belonging studio: craft, fair and dignified work, and community.</description>",
    "    <language>en</language>",
    ...(articles[0] ? [`    <lastBuildDate>${articles[0].publishedAt.toUTCString()}</lastBuildDate>`] : []),
    ...items,
    "  </channel>",
    "</rss>",
    "",
  ].join("\n");
  return new Response(xml, {
    headers: { "Content-Type": "application/rss+xml; charset=utf-8", "Cache-Control": "public, max-age=900" },
  });
}
