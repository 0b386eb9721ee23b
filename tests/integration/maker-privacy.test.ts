// The privacy sweep: every non-public thing about a maker carries a marker, then every public
// URL of the shop is fetched over HTTP (pages, Remix data requests, feeds, sitemap, search)
// and no marker may appear anywhere. Repeated after she withdraws, for what was public before.
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { ServerBuild } from "@remix-run/node";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { approveProfile, recordSafetyReview, saveDraft, withdrawConsent } from "~/models/maker.server";
import { getPublicMaker } from "~/models/public-maker.server";
import { prisma } from "~/utils/db.server";
import type { MakerProfileContent } from "~/utils/maker-profile";
import { createArticle } from "../factories/article.ts";
import { createCollection } from "../factories/collection.ts";
import { createMaker, createMakerWithAccount } from "../factories/maker.ts";
import { createProduct } from "../factories/product.ts";
import { startShop } from "../http.ts";

const MARK = "ZQXLEAK";

function content(overrides: Partial<MakerProfileContent>): MakerProfileContent {
  return { displayName: "", usesRealName: false, bio: "", quote: "", makingSince: null, country: null, skills: [], photoKey: null, ...overrides };
}

let shop: Awaited<ReturnType<typeof startShop>>;
let consenting: { id: string; slug: string };
let silent: { id: string; slug: string };
let makerUserId: string;
const urls: string[] = [];

beforeAll(async () => {
  const storyteller = await prisma.user.create({ data: { email: "story@test.example", name: "Storyteller", role: "STORYTELLER" } });

  // She approved her name, attribution and craft story; nothing else, and not her newer draft.
  consenting = await createMaker({ internalLabel: `${MARK}-label-a`, privateNotes: `${MARK}-notes-a` });
  const approved = await saveDraft(
    consenting.id,
    content({ displayName: "Publicname", bio: "Public craft story", quote: `${MARK}-quote`, skills: [`${MARK}-skill`], makingSince: 1987, country: "NZ" }),
    storyteller.id,
  );
  const makerUser = await prisma.user.create({ data: { name: "maker", role: "MAKER", makerId: consenting.id } });
  makerUserId = makerUser.id;
  const otherStoryteller = await prisma.user.create({ data: { email: "story2@test.example", name: "Second storyteller", role: "STORYTELLER" } });
  await recordSafetyReview({ makerId: consenting.id, reviewerId: otherStoryteller.id, note: `${MARK}-review-note` });
  await approveProfile({
    makerId: consenting.id,
    userId: makerUser.id,
    versionId: approved.id,
    contentHash: approved.contentHash,
    fields: ["displayName", "attribution", "bio"],
  });
  await saveDraft(consenting.id, content({ displayName: `${MARK}-draft-name`, bio: `${MARK}-draft-bio`, quote: `${MARK}-draft-quote` }), storyteller.id);

  // She approved nothing.
  silent = await createMaker({ internalLabel: `${MARK}-label-b`, privateNotes: `${MARK}-notes-b` });
  await saveDraft(silent.id, content({ displayName: `${MARK}-name-b`, bio: `${MARK}-bio-b`, country: "FJ" }), storyteller.id);

  const byHer = await createProduct({ name: "Tidal cuff" });
  const bySilent = await createProduct({ name: "Quiet hoops" });
  await prisma.product.update({ where: { id: byHer.id }, data: { makerId: consenting.id } });
  await prisma.product.update({ where: { id: bySilent.id }, data: { makerId: silent.id } });
  const collection = await createCollection({ productIds: [byHer.id, bySilent.id] });
  const article = await createArticle({ productIds: [byHer.id, bySilent.id], collectionIds: [collection.id] });

  shop = await startShop();
  const pages = [
    "/",
    `/products/${byHer.handle}`,
    `/products/${bySilent.handle}`,
    "/collections",
    "/collections/all",
    `/collections/${collection.handle}`,
    "/search?q=cuff",
    `/search?q=${MARK}-notes-a`,
    "/search?q=Publicname",
    "/journal",
    `/journal/${article.slug}`,
    "/journal/rss.xml",
    "/sitemap.xml",
    "/robots.txt",
    "/cart",
    `/makers/${consenting.slug}`,
    `/makers/${silent.slug}`,
  ];
  urls.push(...pages);
  // Every Remix data request a browser could make for those pages, route by route.
  const build = (await import(pathToFileURL(path.join(inject("buildDir"), "index.js")).href)) as ServerBuild;
  for (const page of pages) {
    const url = new URL(page, "http://x");
    for (const routeId of Object.keys(build.routes)) {
      url.searchParams.set("_data", routeId);
      urls.push(`${url.pathname}${url.search}`);
    }
  }
});

afterAll(async () => {
  await shop?.close();
});

async function sweep() {
  const found: string[] = [];
  const bodies: Record<string, string> = {};
  for (const url of urls) {
    const response = await shop.fetch(url);
    // A search page repeats the words searched for; that echo is the shopper's own input.
    const searched = new URL(url, "http://x").searchParams.get("q");
    const body = searched ? (await response.text()).split(searched).join("") : await response.text();
    bodies[url] = body;
    for (const header of ["link", "location", "x-remix-redirect"]) {
      if (response.headers.get(header)?.includes(MARK)) found.push(`${url} (header ${header})`);
    }
    if (body.includes(MARK)) found.push(url);
  }
  return { found, bodies };
}

describe("nothing a maker did not approve can be found on a public URL", () => {
  it("while her profile is public: only what she approved is shown", async () => {
    const { found, bodies } = await sweep();
    expect(found).toEqual([]);
    // The sweep reached real pages: her approved profile is there, her unapproved parts are not.
    expect(bodies[`/makers/${consenting.slug}`]).toContain("Publicname");
    expect(bodies[`/makers/${consenting.slug}`]).toContain("Public craft story");
    expect(bodies[`/makers/${consenting.slug}`]).not.toContain("1987");
    // She consented to attribution: her page lists what she made, and nothing made by others.
    expect(bodies[`/makers/${consenting.slug}`]).toContain("Tidal cuff");
    expect(bodies[`/makers/${consenting.slug}`]).not.toContain("Quiet hoops");
    expect(bodies["/sitemap.xml"]).toContain(`/makers/${consenting.slug}`);
    expect(bodies["/sitemap.xml"]).not.toContain(silent.slug);
  });

  it("after she withdraws: what was public is gone everywhere on the next request", async () => {
    await withdrawConsent({ makerId: consenting.id, userId: makerUserId, fields: "all" });
    const gone = await shop.fetch(`/makers/${consenting.slug}`);
    expect(gone.status).toBe(410);
    const { bodies } = await sweep();
    const stillShown = Object.entries(bodies)
      .filter(([, body]) => body.includes("Publicname") || body.includes("Public craft story"))
      .map(([url]) => url);
    expect(stillShown).toEqual([]);
    expect(bodies["/sitemap.xml"]).not.toContain(consenting.slug);
  });
});

describe("her pieces on her page", () => {
  it("are listed only while she consents to being named on what she made", async () => {
    const { maker, draft, user } = await createMakerWithAccount();
    const piece = await createProduct({ name: "Attributed bangle" });
    await prisma.product.update({ where: { id: piece.id }, data: { makerId: maker.id } });
    const approve = (fields: string[]) =>
      approveProfile({ makerId: maker.id, userId: user.id, versionId: draft.id, contentHash: draft.contentHash, fields });

    await approve(["displayName", "bio"]);
    const unattributed = await getPublicMaker(maker.slug);
    expect(unattributed.state === "public" && unattributed.pieces).toEqual([]);

    await approve(["displayName", "bio", "attribution"]);
    const attributed = await getPublicMaker(maker.slug);
    expect(attributed.state === "public" && attributed.pieces.map((p) => p.name)).toEqual(["Attributed bangle"]);
  });
});
