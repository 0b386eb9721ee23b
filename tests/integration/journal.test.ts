import { DomUtils, parseDocument } from "htmlparser2";
import { describe, expect, it } from "vitest";
import { JOURNAL_PAGE_SIZE, listLatestArticles, readingMinutes } from "~/models/article.server";
import { loader as articleLoader } from "~/routes/journal.$slug";
import { loader as journalLoader } from "~/routes/journal._index";
import { loader as rssLoader } from "~/routes/journal.rss[.]xml";
import { recordQueries } from "~/utils/db.server";
import { renderMarkdown } from "~/utils/markdown.server";
import { createArticle, createStoryCollection } from "../factories/article.ts";
import { createProduct } from "../factories/product.ts";
import { loaderArgs } from "../remix.ts";
import { parseXml, textsOf } from "../xml.ts";

const DAY = 24 * 60 * 60 * 1000;
const daysAgo = (days: number) => new Date(Date.now() - days * DAY);

async function journalPage(path = "/journal") {
  const response = await journalLoader(loaderArgs(path));
  return response.json();
}

async function articlePage(slug: string) {
  const response = await articleLoader(loaderArgs(`/journal/${slug}`, { slug }));
  return (await response.json()).article;
}

// One file, one database: every describe below sees the articles created before it.
describe("the journal list", () => {
  it("shows published articles newest first and hides drafts, archived and scheduled ones, in two queries", async () => {
    const older = await createArticle({ title: "Older story", publishedAt: daysAgo(10) });
    const newer = await createArticle({ title: "Newer story", publishedAt: daysAgo(2) });
    await createArticle({ title: "Draft story", status: "DRAFT", publishedAt: null });
    await createArticle({ title: "Archived story", status: "ARCHIVED", publishedAt: daysAgo(30) });
    await createArticle({ title: "Scheduled story", publishedAt: new Date(Date.now() + DAY) });

    const { result, queries } = await recordQueries(() => journalPage());
    const titles = result.articles.map((a: { title: string }) => a.title);
    expect(titles).toEqual([newer.title, older.title]);
    expect(result).toMatchObject({ page: 1, totalPages: 1, origin: "http://localhost:3000" });
    expect(queries.length).toBeLessThanOrEqual(2);

    const latest = await listLatestArticles(5);
    expect(latest.map((a) => a.slug)).toEqual([newer.slug, older.slug]);
    expect(Object.keys(latest[0]!).sort()).toEqual(
      ["slug", "title", "excerpt", "authorName", "publishedAt", "topic", "heroImageKey", "heroAlt"].sort(),
    );
  });

  it("pages through the archive and refuses pages that do not exist", async () => {
    for (let i = 0; i < JOURNAL_PAGE_SIZE; i++) await createArticle({ publishedAt: daysAgo(100 + i) });
    const first = await journalPage();
    expect(first.articles).toHaveLength(JOURNAL_PAGE_SIZE);
    expect(first.totalPages).toBe(2);
    const second = await journalPage("/journal?page=2");
    expect(second.articles).toHaveLength(2);
    const onFirst = new Set(first.articles.map((a) => a.slug));
    expect(second.articles.filter((a) => onFirst.has(a.slug))).toEqual([]);

    await expect(journalLoader(loaderArgs("/journal?page=3"))).rejects.toMatchObject({ status: 404 });
    for (const bad of ["0", "-1", "two", "1.5"]) {
      await expect(journalLoader(loaderArgs(`/journal?page=${bad}`))).rejects.toMatchObject({ status: 400 });
    }
  });
});

describe("an article page", () => {
  it("renders the body as sanitized HTML with its content note, in one query", async () => {
    const article = await createArticle({
      contentNote: "This piece mentions hard times in general terms.",
      body: 'Hello <script>alert("x")</script> **friends**.\n\n[Bad](javascript:alert(1)) and ![x](https://evil.example/x.png)',
    });
    const { result: page, queries } = await recordQueries(() => articlePage(article.slug));
    expect(queries).toHaveLength(1);
    expect(page.contentNote).toBe("This piece mentions hard times in general terms.");
    expect(page.html).toContain("<strong>friends</strong>");
    expect(page.html).not.toMatch(/<script|javascript:|evil\.example/);
    expect(page.html).toContain("&lt;script&gt;");
    expect(page).not.toHaveProperty("body");
    expect(page.readingMinutes).toBe(1);
  });

  it("has no content note when none was written", async () => {
    const article = await createArticle({ contentNote: "   " });
    expect((await articlePage(article.slug)).contentNote).toBeNull();
  });

  it("shops the story with published products and collections only, in order", async () => {
    const [first, second] = [await createProduct({ name: "First piece" }), await createProduct({ name: "Second piece" })];
    const draft = await createProduct({ name: "Draft piece", status: "DRAFT" });
    const archived = await createProduct({ name: "Archived piece", status: "ARCHIVED" });
    const collection = await createStoryCollection();
    const hidden = await createStoryCollection("DRAFT");
    const article = await createArticle({
      productIds: [second.id, draft.id, first.id, archived.id],
      collectionIds: [hidden.id, collection.id],
    });
    const { result: page, queries } = await recordQueries(() => articlePage(article.slug));
    expect(queries).toHaveLength(1);
    expect(page.products.map((p: { name: string }) => p.name)).toEqual(["Second piece", "First piece"]);
    expect(page.products[0]).toMatchObject({ handle: second.handle, soldOut: false, priceFrom: 4800 });
    expect(page.collections.map((c: { handle: string }) => c.handle)).toEqual([collection.handle]);
  });

  it.each([
    ["a draft", { status: "DRAFT" as const, publishedAt: null }],
    ["an archived article", { status: "ARCHIVED" as const }],
    ["a scheduled article", { publishedAt: new Date(Date.now() + 60_000) }],
  ])("answers 404 for %s", async (_label, overrides) => {
    const article = await createArticle(overrides);
    await expect(articleLoader(loaderArgs(`/journal/${article.slug}`, { slug: article.slug }))).rejects.toMatchObject({
      status: 404,
    });
  });

  it("answers 404 for an unknown or malformed slug", async () => {
    for (const slug of ["no-such-story", "Bad Slug", "../etc", "x".repeat(300)]) {
      await expect(articleLoader(loaderArgs("/journal/x", { slug }))).rejects.toMatchObject({ status: 404 });
    }
  });

  it("estimates reading time at 200 words a minute, rounded up, never below one", () => {
    expect(readingMinutes("")).toBe(1);
    expect(readingMinutes("word ".repeat(200))).toBe(1);
    expect(readingMinutes("word ".repeat(201))).toBe(2);
    // Link targets and bare punctuation are not words.
    expect(readingMinutes(`${"word ".repeat(199)} [one](/a/very/long/url) - *`)).toBe(1);
  });
});

describe("the RSS feed", () => {
  it("is well-formed RSS 2.0 with only published articles, escaped, with absolute links", async () => {
    const tricky = await createArticle({
      title: "Tools & tea: <the> studio's \"quiet\" hour",
      excerpt: "Some ]]> CDATA trouble & <b>tags</b>",
      authorName: "Ana & Sol",
      publishedAt: new Date(Date.now() - 1000),
    });
    const draft = await createArticle({ title: "Unpublished draft", status: "DRAFT", publishedAt: null });
    const scheduled = await createArticle({ title: "Future story", publishedAt: new Date(Date.now() + DAY) });
    // More than a feed's worth: earlier tests in this file published fifteen, these add ten older ones.
    for (let i = 0; i < 10; i++) await createArticle({ publishedAt: daysAgo(400 + i) });

    const response = await rssLoader(loaderArgs("/journal/rss.xml"));
    expect(response.headers.get("Content-Type")).toBe("application/rss+xml; charset=utf-8");
    const xml = await response.text();
    const feed = parseXml(xml);

    expect(textsOf(feed, "rss")).toHaveLength(1);
    const titles = textsOf(feed, "title");
    expect(titles[0]).toBe("Belonging journal");
    const items = titles.slice(1);
    expect(items).toHaveLength(20);
    expect(items[0]).toBe(tricky.title);
    expect(items).not.toContain(draft.title);
    expect(items).not.toContain(scheduled.title);
    expect(textsOf(feed, "description")[1]).toBe(tricky.excerpt);
    expect(textsOf(feed, "dc:creator")[0]).toBe("Ana & Sol");
    expect(textsOf(feed, "link")[1]).toBe(`http://localhost:3000/journal/${tricky.slug}`);
    for (const date of textsOf(feed, "pubDate")) expect(new Date(date).getTime()).toBeLessThanOrEqual(Date.now());
  });


  it("is checked by a parser that notices malformed XML", () => {
    const head = '<?xml version="1.0" encoding="UTF-8"?>';
    expect(() => parseXml(`${head}<rss><title>Tea & cake</title></rss>`)).toThrow(/bare "&"/);
    expect(() => parseXml(`${head}<rss><item><title>x</item></rss>`)).toThrow(/not closed/);
    expect(() => parseXml(`${head}<rss/><rss/>`)).toThrow(/2 root elements/);
    expect(() => parseXml(`${head}<rss><title><![CDATA[Tea & cake]]></title><atom:link href="x"/></rss>`)).not.toThrow();
  });
});

describe("Markdown rendering", () => {
  const attacks = [
    "<script>alert(1)</script>",
    "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
    "<img src=x onerror=alert(1)>",
    '<a href="javascript:alert(1)">click</a>',
    "<iframe src=https://evil.example></iframe>",
    "<style>body{display:none}</style>",
    "<svg onload=alert(1)>",
    "[click](javascript:alert(1))",
    "[click](JaVaScRiPt:alert(1))",
    "[click](&#106;avascript:alert(1))",
    "[click](<javascript:alert(1)>)",
    "<javascript:alert(1)>",
    "[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
    "![x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)",
    "![x](https://evil.example/pixel.png)",
    "![x](//evil.example/pixel.png)",
    '![x" onerror="alert(1)](/images/abcdefabcdefabcd/640.jpg)',
    "[![x](/images/abcdefabcdefabcd/640.jpg)](javascript:alert(1))",
    "[x](/a \"title\" onclick=alert(1))",
    "*<img src=x onerror=alert(1)>*",
    "> <script>alert(1)</script>",
    "- [x](javascript:alert(1))\n  - <iframe></iframe>",
  ];

  it.each(attacks)("neutralises %s", (markdown) => {
    const elements = DomUtils.getElementsByTagName(() => true, parseDocument(renderMarkdown(markdown)));
    for (const element of elements) {
      expect(["p", "em", "a", "img", "ul", "li", "blockquote"]).toContain(element.name);
      for (const [name, value] of Object.entries(element.attribs)) {
        expect(name).not.toMatch(/^on/i);
        if (name === "href") expect(value).toMatch(/^(\/[^/]|https?:\/\/(?!evil)|mailto:)/);
        if (name === "src") expect(value).toMatch(/^\/images\/[a-z0-9]+\/\d+\.jpg$/);
      }
    }
  });

  it("keeps the safe subset, shifts headings below the page's h1 and marks external links", () => {
    const html = renderMarkdown(
      [
        "# Title",
        "Some *em*, **strong** and `code`.",
        "[inside](/products/kin-ring) [outside](https://example.org) [write](mailto:hello@belonging.example)",
        "> A quote",
        "1. one\n2. two",
        "![Beads on linen](/images/abcdefabcdefabcd/640.jpg)",
        "---",
      ].join("\n\n"),
    );
    expect(html).toContain("<h2>Title</h2>");
    expect(html).toContain("<em>em</em>");
    expect(html).toContain("<strong>strong</strong>");
    expect(html).toContain("<code>code</code>");
    expect(html).toContain('<a href="/products/kin-ring">inside</a>');
    expect(html).toContain('<a href="https://example.org" rel="noopener noreferrer">outside</a>');
    expect(html).toContain('<a href="mailto:hello@belonging.example">write</a>');
    expect(html).toContain("<blockquote>");
    expect(html).toContain("<ol>");
    expect(html).toMatch(/<img src="\/images\/abcdefabcdefabcd\/640.jpg" alt="Beads on linen"/);
    expect(html).toContain("<hr />");
  });

  it("shows raw HTML as text instead of dropping the author's words", () => {
    expect(renderMarkdown("Use <b>bold</b> here")).toBe("<p>Use &lt;b&gt;bold&lt;/b&gt; here</p>\n");
  });
});
