// Hostile input for every action in the route manifest of the real build: public, maker portal
// and back office, each signed in as the role it is for. Requests go through Remix's request
// handler in this process (production mode), as the server hands them over, as documents and as
// data requests. Every answer is below 500 and shows no stack; input refused with a 4xx changes
// nothing in the database. New routes are covered by being in the manifest.
import { readFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { createRequestHandler, type ServerBuild } from "@remix-run/node";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { inject } from "vitest";
import { prisma } from "~/utils/db.server";
import { createArticle } from "../factories/article.ts";
import { createCollection } from "../factories/collection.ts";
import { createMakerWithAccount } from "../factories/maker.ts";
import { checkoutArgs, createCart } from "../factories/order.ts";
import { createProduct } from "../factories/product.ts";
import { createUser, sessionCookieFor } from "../factories/user.ts";

const ORIGIN = "http://localhost:3000";
const INPUTS_PER_ACTION = 200;
// What an error page must never show: a stack frame, our modules, Prisma's error text.
const STACK = /\bat [\w.<>$ ]*\(?[\w/\\.:-]+:\d+:\d+\)?|node_modules|PrismaClient|Invalid `prisma|\.server\.ts/;
// Every try counts towards its rate limit by design (sign-in, bag, checkout): a refused one too.
const TABLES_A_REFUSAL_MAY_WRITE = new Set(["RateLimitCounter"]);

const build = (await import(pathToFileURL(path.join(inject("buildDir"), "index.js")).href)) as ServerBuild;
const handle = createRequestHandler(build, "production");
const context = { cspNonce: "fuzz-nonce", requestId: "fuzz-request", logger: pino({ level: "silent" }) };

type ActionRoute = { id: string; path: string; file: string; resource: boolean };

/** Every route with an action, with its full path pattern, from the build's manifest. */
function actionRoutes(): ActionRoute[] {
  const routes = build.routes;
  const fullPath = (id: string): string => {
    const route = routes[id]!;
    const own = route.path ?? "";
    return route.parentId ? [fullPath(route.parentId), own].filter(Boolean).join("/") : own;
  };
  return Object.values(routes)
    .filter((route) => typeof route.module.action === "function")
    .map((route) => ({
      id: route.id,
      path: `/${fullPath(route.id)}`,
      file: route.id.replace(/^routes\//, ""),
      resource: !route.module.default && !route.module.ErrorBoundary,
    }));
}

/** Field names and intents the route's own forms use, read from its source, to aim the fuzz at real fields. */
function formVocabulary(file: string) {
  const dir = path.join(import.meta.dirname, "../../app/routes");
  const source = ["tsx", "ts"].map((ext) => path.join(dir, `${file}.${ext}`)).map((p) => {
    try {
      return readFileSync(p, "utf8");
    } catch {
      return "";
    }
  }).join("\n");
  const names = new Set([...source.matchAll(/name="([\w:.[\]-]+)"/g)].map((m) => m[1]!));
  const intents = new Set([...source.matchAll(/(?:value="|z\.literal\("|intent === ")([a-z][\w-]*)"/g)].map((m) => m[1]!));
  for (const name of ["intent", "id", "email", "password", "name", "quantity", "variantId", "lineId", "order", "title", "slug", "price"]) names.add(name);
  return { names: [...names], intents: [...intents] };
}

/** A small deterministic random source, so a failure can be replayed. */
function random(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { next, pick: <T,>(items: readonly T[]): T => items[Math.floor(next() * items.length)]! };
}

const HOSTILE_TEXT = [
  "", " ", "0", "-1", "1.5", "-0", "1e309", "NaN", "Infinity", "99999999999999999999", "2147483648", "true", "null", "undefined",
  "__proto__", "constructor", "prototype", "toString", "hasOwnProperty", "valueOf",
  "x".repeat(10_000), "💍".repeat(400), "\u202Eevil\u202C", "\uFEFF", "\u200B", "ñandú", "Zoë", "漢字",
  "<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "' OR 1=1 --", "\"; DROP TABLE \"Order\"; --", "$(rm -rf /)", "{{7*7}}",
  "../../etc/passwd", "%00", "%ED%A0%80", "\\", "{\"a\":1}", "[]", "a[b]=c", "2026-13-45", "2026-12-06T25:61", "1970-01-01T00:00",
  "javascript:alert(1)", "https://evil.example/", "//evil.example", "mailto:someone@example.com", "a@b", "@", "on", "off",
  "cs_test_local_AAAAAAAAAAAAAAAAAAAAAAAA", "A".repeat(43), "line one\nline two", "\r\n\r\n", "\t",
];
const CONTROL = ["\u0000", "\u0001", "\u001b[31m", "\u007f", "\u0008"];
// The random forms carry them too, so a route that skipped the reader would meet them.
HOSTILE_TEXT.push(...CONTROL.map((control) => `a${control}b`));

type Input = { label: string; contentType?: string; body?: BodyInit | null; document: boolean };

/** The reader's refusals: another content type, malformed bodies, control characters, too large. */
function readerRefusals(names: string[], intents: string[]): Input[] {
  const inputs: Input[] = [];
  const add = (label: string, contentType: string | undefined, body: BodyInit | null) => {
    for (const document of [true, false]) inputs.push({ label, contentType, body, document });
  };
  add("json", "application/json", JSON.stringify({ intent: "add", __proto__: { admin: true } }));
  add("text", "text/plain", "intent=add");
  add("xml", "application/xml", "<?xml version=\"1.0\"?><intent>add</intent>");
  add("no content type", undefined, "intent=add");
  add("no body", undefined, null);
  add("octet-stream", "application/octet-stream", new Uint8Array([0, 1, 2, 255]));
  add("multipart, wrong boundary", "multipart/form-data; boundary=expected", "--other\r\nContent-Disposition: form-data; name=\"intent\"\r\n\r\nadd\r\n--other--\r\n");
  add("multipart, no boundary", "multipart/form-data", "--x\r\n\r\n");
  add("multipart, truncated", "multipart/form-data; boundary=b", "--b\r\nContent-Disposition: form-data; name=\"intent\"\r\n\r\nad");
  add("not UTF-8", "application/x-www-form-urlencoded", new Uint8Array([0x69, 0x6e, 0x74, 0x65, 0x6e, 0x74, 0x3d, 0xc3, 0x28, 0xff]));
  add("too large", "application/x-www-form-urlencoded", `intent=${"x".repeat(2 * 1024 * 1024)}`);
  // Each field of the route's forms in turn carries the character, the others a plain value, under each of its intents.
  const fields = names.filter((name) => name !== "intent").slice(0, 12);
  for (const [index, name] of fields.entries()) {
    for (const [round, control] of CONTROL.entries()) {
      const form = new URLSearchParams(fields.map((other) => [other, other === name ? `before${control}after` : "1"]));
      if (intents.length) form.set("intent", intents[(index + round) % intents.length]!);
      inputs.push({
        label: `control character in ${name}`,
        contentType: "application/x-www-form-urlencoded",
        body: form.toString(),
        document: inputs.length % 2 === 0,
      });
    }
  }
  inputs.push({ label: "NUL in a field name", contentType: "application/x-www-form-urlencoded", body: "na%00me=x", document: true });
  return inputs;
}

/** Forms of the right type whose fields are hostile, mixed with real-looking values. */
function hostileForms(names: string[], intents: string[], realValues: string[], count: number, seed: number): Input[] {
  const rnd = random(seed);
  const values = [...HOSTILE_TEXT, ...realValues];
  return Array.from({ length: count }, (_, index) => {
    const form = new URLSearchParams();
    if (rnd.next() < 0.8) form.append("intent", rnd.next() < 0.7 && intents.length ? rnd.pick(intents) : rnd.pick(values));
    const fields = 1 + Math.floor(rnd.next() * 6);
    for (let i = 0; i < fields; i++) form.append(rnd.pick(names), rnd.pick(values));
    // Now and then a field twice, or a name nobody expects.
    if (rnd.next() < 0.2) form.append(rnd.pick(names), rnd.pick(values));
    if (rnd.next() < 0.1) form.append(rnd.pick(["__proto__", "constructor", "a[]", "x".repeat(300)]), rnd.pick(values));
    const multipart = rnd.next() < 0.15;
    if (multipart) {
      const data = new FormData();
      for (const [name, value] of form) data.append(name, value);
      if (rnd.next() < 0.5) data.append(rnd.pick(names), new File([new Uint8Array(64)], rnd.pick(["x.jpg", "../../x.png", "a.svg", ""]), { type: rnd.pick(["image/jpeg", "text/html", ""]) }));
      return { label: `multipart form ${index}`, body: data, document: index % 4 === 0 };
    }
    return { label: `form ${index}`, contentType: "application/x-www-form-urlencoded", body: form.toString(), document: index % 4 === 0 };
  });
}

/** Per table: rows and the newest row version (xmin). Any insert, update or delete changes it. */
async function databaseFingerprint(tables: string[]) {
  const rows = await prisma.$queryRawUnsafe<{ t: string; n: bigint; x: string | null }[]>(
    tables.map((table) => `SELECT '${table}' AS t, count(*) AS n, max(xmin::text::bigint)::text AS x FROM "${table}"`).join(" UNION ALL "),
  );
  return Object.fromEntries(rows.map((row) => [row.t, `${row.n}:${row.x}`]));
}

function requestFor(route: ActionRoute, url: string, input: Input, cookie: string | null) {
  const headers = new Headers({ Origin: ORIGIN, Host: "localhost:3000" });
  if (input.contentType) headers.set("Content-Type", input.contentType);
  if (cookie) headers.set("Cookie", cookie);
  const target = new URL(url, ORIGIN);
  if (!input.document && !route.resource) target.searchParams.set("_data", route.id);
  return new Request(target, { method: "POST", headers, body: input.body ?? null });
}

let tables: string[] = [];
let paramValues: Record<string, string> = {};
let realValues: string[] = [];
let cookies: { owner: () => Promise<string>; maker: () => Promise<string>; shopper: string };

beforeAll(async () => {
  tables = (
    await prisma.$queryRaw<{ table_name: string }[]>`
      SELECT table_name::text AS table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> '_prisma_migrations'`
  )
    .map((row) => row.table_name)
    .filter((table) => !TABLES_A_REFUSAL_MAY_WRITE.has(table));

  const product = await createProduct({ variants: [{ onHand: 5 }, { metal: "Gold", onHand: 2 }] });
  const variant = product.variants[0]!;
  const collection = await createCollection();
  const article = await createArticle();
  const { maker, user: makerUser } = await createMakerWithAccount();
  const owner = await createUser({ role: "OWNER" });
  const bag = await createCart([{ variantId: variant.id, quantity: 1 }]);
  const { action: checkoutAction } = await import("~/routes/checkout");
  await checkoutAction(checkoutArgs(bag.cookie));
  const order = await prisma.order.findFirstOrThrow({ where: { cartId: bag.cartId }, select: { id: true, token: true, stripeSessionId: true } });
  const line = await prisma.cartLine.findFirstOrThrow({ where: { cartId: bag.cartId }, select: { id: true } });

  paramValues = {
    id: product.id,
    productId: product.id,
    collectionId: collection.id,
    articleId: article.id,
    makerId: maker.id,
    variantId: variant.id,
    orderId: order.id,
    sessionId: order.stripeSessionId!,
    token: order.token,
    handle: product.handle,
    slug: "fuzz",
    file: "fuzz.jpg",
  };
  realValues = [product.id, variant.id, collection.id, article.id, maker.id, order.id, order.token, line.id, owner.id, "1", "2", "5"];
  cookies = {
    // A fresh session per route, so signing out on one form does not sign out the next.
    owner: () => sessionCookieFor(owner.id),
    maker: () => sessionCookieFor(makerUser.id),
    shopper: bag.cookie,
  };
});

/** Who posts to a route: staff pages as the owner, the portal as a maker, sign-in pages and the shop as a shopper. */
async function cookieFor(route: ActionRoute) {
  const signIn = /^\/(login|maker\/login|maker\/welcome)(\/|$)/.test(route.path);
  if (!signIn && route.path.startsWith("/admin")) return cookies.owner();
  if (!signIn && route.path.startsWith("/maker")) return cookies.maker();
  if (route.path === "/logout") return cookies.owner();
  return cookies.shopper;
}

function urlFor(route: ActionRoute) {
  return route.path.replace(/:(\w+)\??/g, (_, name: string) => encodeURIComponent(paramValues[name] ?? "fuzz")).replace(/\/\*$/, "/fuzz");
}

const routes = actionRoutes();
let sent = 0;
const started = Date.now();
afterAll(() => console.info(`action fuzz: ${sent} requests to ${routes.length} actions in ${Math.round((Date.now() - started) / 1000)} s`));

describe("hostile input to every action in the route manifest", () => {
  it("finds the actions of the public shop, the maker portal and the back office", () => {
    const paths = routes.map((route) => route.path);
    expect(paths).toEqual(expect.arrayContaining(["/cart", "/checkout", "/login", "/maker/login", "/logout"]));
    expect(paths.filter((p) => p.startsWith("/admin")).length).toBeGreaterThan(5);
    expect(paths.filter((p) => p.startsWith("/maker/")).length).toBeGreaterThan(3);
  });

  it.each(routes.map((route) => [route.path, route] as const))(`%s: ${INPUTS_PER_ACTION}+ hostile inputs, no 5xx, no stack, refusals change nothing`, { timeout: 180_000 }, async (_path, route) => {
    const { names, intents } = formVocabulary(route.file);
    const cookie = await cookieFor(route);
    const url = urlFor(route);
    const refusals = readerRefusals(names, intents);
    const forms = hostileForms(names, intents, realValues, Math.max(INPUTS_PER_ACTION - refusals.length, 0), route.path.length * 7919);
    const problems: string[] = [];

    const send = async (input: Input) => {
      sent++;
      const response = await handle(requestFor(route, url, input, cookie), context);
      const body = await response.text();
      if (response.status >= 500) problems.push(`${input.label}: ${response.status}`);
      if (STACK.test(body)) problems.push(`${input.label}: a stack or internals in the body: ${STACK.exec(body)![0]}`);
      return response.status;
    };

    // Refused by the body reader whatever the route: nothing reaches the database.
    const before = await databaseFingerprint(tables);
    const refusedStatuses: number[] = [];
    for (const input of refusals) refusedStatuses.push(await send(input));
    // Webhooks read their own raw body (signed), so they refuse these with 400 too; nothing may succeed.
    const accepted = refusals.filter((_, i) => refusedStatuses[i]! < 400).map((input, i) => `${input.label} → ${refusedStatuses[i]}`);
    expect(accepted, `${route.path} accepted input the reader must refuse`).toEqual([]);
    expect(await databaseFingerprint(tables)).toEqual(before);

    // Forms of the right type with hostile fields, in small concurrent groups; a group whose
    // every answer was a refusal must leave the database as it was.
    for (let start = 0; start < forms.length; start += 8) {
      const group = forms.slice(start, start + 8);
      const groupBefore = await databaseFingerprint(tables);
      const statuses = await Promise.all(group.map(send));
      if (statuses.every((status) => status >= 400)) {
        const after = await databaseFingerprint(tables);
        if (JSON.stringify(after) !== JSON.stringify(groupBefore)) {
          problems.push(`${group.map((g) => g.label).join(", ")}: refused (${statuses.join(", ")}) but the database changed`);
        }
      }
    }
    expect(problems).toEqual([]);
    expect(refusals.length + forms.length).toBeGreaterThanOrEqual(INPUTS_PER_ACTION);
  });
});

describe("message lookups by what the visitor typed", () => {
  it.each(["/login", "/maker/login"])("%s ignores a notice that names an inherited key", async (pathname) => {
    for (const notice of ["__proto__", "constructor", "toString", "hasOwnProperty", "valueOf"]) {
      const response = await handle(new Request(`${ORIGIN}${pathname}?notice=${notice}`, { headers: { Host: "localhost:3000" } }), context);
      expect(response.status).toBe(200);
      expect(await response.text()).not.toMatch(STACK);
    }
  });
});
