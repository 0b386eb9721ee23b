// The privacy sweep: every non-public thing about a maker carries a marker, then every public
// URL of the shop is fetched over HTTP (pages, Remix data requests, feeds, sitemap, search, the
// bag, checkout and order pages) and no marker may appear anywhere. Repeated after she
// withdraws, for what was public before. The routes come from the build's route manifest: a
// public route that is neither swept here nor listed as carrying no maker data fails the test.
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
import { createCart } from "../factories/order.ts";
import { createProduct } from "../factories/product.ts";
import { startShop } from "../http.ts";

const MARK = "ZQXLEAK";

// The back office and the maker's own portal sit behind sign-in: not public (the same split as
// BACK_OFFICE_AND_PORTAL in eslint.config.js). Every other route is public.
const NOT_PUBLIC = /^routes\/(admin|maker($|[._]))/;

// Public routes the sweep does not fetch, each with the reason it can carry no maker data.
const NOT_SWEPT: Record<string, string> = {
  "routes/webhooks.stripe": "accepts only Stripe's signed POSTs and answers them with an acknowledgement, never content",
};

function content(overrides: Partial<MakerProfileContent>): MakerProfileContent {
  return { displayName: "", usesRealName: false, bio: "", quote: "", makingSince: null, country: null, skills: [], photoKey: null, ...overrides };
}

/** One request the sweep makes: a path, as an anonymous visitor or with a bag. */
type Visit = { path: string; cookie?: string };

let shop: Awaited<ReturnType<typeof startShop>>;
let build: ServerBuild;
let consenting: { id: string; slug: string };
let silent: { id: string; slug: string };
let makerUserId: string;
// Route id to the concrete URLs that sweep it.
let swept: Record<string, Visit[]>;
const visits: Visit[] = [];

beforeAll(async () => {
  const storyteller = await prisma.user.create({ data: { email: "story@test.example", name: "Storyteller", role: "STORYTELLER" } });

  // She approved her name, attribution and craft story; nothing else, and not her newer draft.
  consenting = await createMaker({ internalLabel: `${MARK}-label-a`, privateNotes: `${MARK}-notes-a` });
  const approved = await saveDraft(
    consenting.id,
    content({ displayName: "Publicname", bio: "Public craft story", quote: `${MARK}-quote`, skills: [`${MARK}-skill`], makingSince: 1987, country: "NZ", photoKey: `${MARK}-photo` }),
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
  await saveDraft(silent.id, content({ displayName: `${MARK}-name-b`, bio: `${MARK}-bio-b`, country: "FJ", photoKey: `${MARK}-photo-b` }), storyteller.id);

  const byHer = await createProduct({ name: "Tidal cuff" });
  const bySilent = await createProduct({ name: "Quiet hoops" });
  await prisma.product.update({ where: { id: byHer.id }, data: { makers: { create: { makerId: consenting.id } } } });
  await prisma.product.update({ where: { id: bySilent.id }, data: { makers: { create: { makerId: silent.id } } } });
  const collection = await createCollection({ productIds: [byHer.id, bySilent.id] });
  const article = await createArticle({ productIds: [byHer.id, bySilent.id], collectionIds: [collection.id] });

  shop = await startShop();
  build = (await import(pathToFileURL(path.join(inject("buildDir"), "index.js")).href)) as ServerBuild;

  // A shopper's bag with a piece by each, taken to checkout: the bag, the payment page and the
  // order page show those pieces.
  const pieces = [byHer.variants[0]!, bySilent.variants[0]!];
  const bag = await createCart(pieces.map((variant) => ({ variantId: variant.id, quantity: 1 })));
  const checkout = await shop.fetch("/checkout", {
    method: "POST",
    headers: { Cookie: bag.cookie, Origin: shop.origin, "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams(pieces.map((variant) => [`price:${variant.id}`, String(variant.price)])),
  });
  const paymentPage = new URL(checkout.headers.get("location") ?? "", shop.origin).pathname;
  const order = await prisma.order.findFirstOrThrow({ where: { cartId: bag.cartId }, select: { token: true } });
  const image = await prisma.productImage.findFirstOrThrow({ where: { productId: byHer.id }, select: { key: true } });

  swept = {
    "routes/_index": [{ path: "/" }],
    "routes/$": [{ path: "/no-such-page" }],
    "routes/products.$handle": [{ path: `/products/${byHer.handle}` }, { path: `/products/${bySilent.handle}` }],
    "routes/collections._index": [{ path: "/collections" }],
    "routes/collections.$handle": [{ path: "/collections/all" }, { path: `/collections/${collection.handle}` }],
    "routes/search": [{ path: "/search?q=cuff" }, { path: `/search?q=${MARK}-notes-a` }, { path: `/search?q=${MARK}-label-b` }, { path: "/search?q=Publicname" }],
    "routes/journal._index": [{ path: "/journal" }],
    "routes/journal.$slug": [{ path: `/journal/${article.slug}` }],
    "routes/journal.rss[.]xml": [{ path: "/journal/rss.xml" }],
    "routes/sitemap[.]xml": [{ path: "/sitemap.xml" }],
    "routes/robots[.]txt": [{ path: "/robots.txt" }],
    "routes/makers.$slug": [{ path: `/makers/${consenting.slug}` }, { path: `/makers/${silent.slug}` }],
    "routes/maker-photos.$slug.$file": [{ path: `/maker-photos/${consenting.slug}/640.webp` }, { path: `/maker-photos/${silent.slug}/640.webp` }],
    "routes/images.$key.$file": [{ path: `/images/${image.key}/640.webp` }],
    "routes/cart": [{ path: "/cart" }, { path: "/cart", cookie: bag.cookie }],
    "routes/checkout": [{ path: "/checkout", cookie: bag.cookie }],
    "routes/checkout_.test.$sessionId": [{ path: paymentPage }],
    "routes/checkout_.cancelled": [{ path: `/checkout/cancelled?order=${order.token}` }],
    "routes/orders.$token": [{ path: `/orders/${order.token}` }],
    "routes/healthz": [{ path: "/healthz" }],
    "routes/login": [{ path: "/login" }],
    "routes/login_.set-password": [{ path: "/login/set-password" }],
    "routes/logout": [{ path: "/logout" }],
    "routes/bench.floor": [{ path: "/bench/floor" }],
  };
  // Each page, and every Remix data request a browser makes for it: its route and each parent.
  for (const [routeId, routeVisits] of Object.entries(swept)) {
    for (const visit of routeVisits) {
      visits.push(visit);
      for (let route = build.routes[routeId]; route; route = route.parentId ? build.routes[route.parentId] : undefined) {
        visits.push({ ...visit, path: withData(visit.path, route.id) });
      }
    }
  }
});

/** The Remix data request for one route of a page. */
function withData(page: string, routeId: string) {
  const url = new URL(page, "http://x");
  url.searchParams.set("_data", routeId);
  return `${url.pathname}${url.search}`;
}

afterAll(async () => {
  await shop?.close();
});

async function sweep() {
  const found: string[] = [];
  const bodies: Record<string, string> = {};
  for (const { path: url, cookie } of visits) {
    const response = await shop.fetch(url, cookie ? { headers: { Cookie: cookie } } : undefined);
    // A search page repeats the words searched for; that echo is the shopper's own input.
    const searched = new URL(url, "http://x").searchParams.get("q");
    const body = searched ? (await response.text()).split(searched).join("") : await response.text();
    const name = cookie ? `${url} (with a bag)` : url;
    bodies[name] = body;
    for (const header of ["link", "location", "x-remix-redirect"]) {
      if (response.headers.get(header)?.includes(MARK)) found.push(`${name} (header ${header})`);
    }
    if (body.includes(MARK)) found.push(name);
  }
  return { found, bodies };
}

describe("the sweep reaches every public route", () => {
  it("sweeps each public route of the build, or says why it carries no maker data", () => {
    const publicRoutes = Object.keys(build.routes).filter((id) => id !== "root" && !NOT_PUBLIC.test(id));
    const unaccounted = publicRoutes.filter((id) => !(id in swept) && !(id in NOT_SWEPT));
    expect(unaccounted, "a new public route: add URLs for it to `swept`, or to NOT_SWEPT with why it carries no maker data").toEqual([]);
    expect([...Object.keys(swept), ...Object.keys(NOT_SWEPT)].filter((id) => !publicRoutes.includes(id))).toEqual([]);
    expect(publicRoutes.length).toBeGreaterThanOrEqual(Object.keys(swept).length);
  });

  it("with URLs that each reach the route they sweep", async () => {
    const missed: string[] = [];
    for (const [routeId, routeVisits] of Object.entries(swept)) {
      for (const { path: page, cookie } of routeVisits) {
        const response = await shop.fetch(withData(page, routeId), cookie ? { headers: { Cookie: cookie } } : undefined);
        if ((await response.text()).includes("does not match URL")) missed.push(`${routeId}: ${page}`);
      }
    }
    expect(missed).toEqual([]);
  });
});

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
    // The bag, the payment page and the order page were swept holding pieces by both.
    const shopperPages = ["/cart (with a bag)", swept["routes/checkout_.test.$sessionId"]![0]!.path, swept["routes/orders.$token"]![0]!.path];
    for (const page of shopperPages) {
      expect(bodies[page], page).toContain("Tidal cuff");
      expect(bodies[page], page).toContain("Quiet hoops");
    }
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
    await prisma.product.update({ where: { id: piece.id }, data: { makers: { create: { makerId: maker.id } } } });
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
