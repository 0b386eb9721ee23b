// npm run bench [-- --quick]: the storefront measured against its own limits, on this machine,
// in one run. Builds the production app into .cache/bench-build, loads generated catalogs of
// 1,000, 10,000 and 100,000 products into its own embedded PostgreSQL (.data/bench-postgres, one
// database each, kept between runs), serves each with NODE_ENV=production and loads it from a
// second process: phase by phase, a scale at a time. The full run writes the tables into
// docs/benchmarks.md; --quick (the smoke step of npm test, 1,000 products only) only prints them.
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import fs from "node:fs/promises";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";
import { createRequestHandler, type ServerBuild } from "@remix-run/node";
import getPort, { portNumbers } from "get-port";
import pg from "pg";
import pino from "pino";
import { renderHeroArt, renderProductArt } from "../prisma/seed/art.ts";
import { createImageStore } from "../app/services/images.server.ts";
import type { LoadPlan, LoadResult, LoadTarget } from "./lib/bench-load.ts";
import { LIGHTHOUSE_METHOD, lighthouseTable, type LighthousePageResult } from "./lib/bench-lighthouse.ts";
import { buildShop } from "./lib/build.ts";
import { startLocalPostgres, type LocalPostgres } from "./lib/local-postgres.ts";
import { applyMigrations } from "./lib/migrations.ts";

const quick = process.argv.includes("--quick");
const ROOT_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
// npm test hands its run's production build over (BELONGING_TEST_BUILD); BENCH_BUILD_DIR lets
// two people on one machine bench side by side (the build must stay inside the project, where
// it finds node_modules).
const SHARED_BUILD = process.env.BELONGING_TEST_BUILD;
const BUILD_DIR = SHARED_BUILD ?? process.env.BENCH_BUILD_DIR ?? path.join(ROOT_DIR, ".cache/bench-build");
const PG_DIR = process.env.BENCH_DATA_DIR ?? path.join(ROOT_DIR, ".data/bench-postgres");
const REPORT = path.join(ROOT_DIR, "docs/benchmarks.md");

type Scale = {
  /** Also the database's name: bench_<name>. */
  name: string;
  products: number;
  collections: number;
  articles: number;
  orders: number;
  /** Which routes are timed here (the floor and the raw ceiling always are, for same-minute ratios). */
  routes: "all" | "search";
};
// Collections keep about 50 pieces each, so a collection page shows the same at every scale.
const SCALES: Scale[] = [
  { name: "1k", products: 1_000, collections: 20, articles: 100, orders: 1_000, routes: "all" },
  { name: "10k", products: 10_000, collections: 200, articles: 1_000, orders: 100_000, routes: "all" },
  { name: "100k", products: 100_000, collections: 2_000, articles: 1_000, orders: 100_000, routes: "search" },
];
const RUN_SCALES = quick ? SCALES.slice(0, 1) : SCALES;
/** The scale whose pages are weighed and whose SQL statements are counted: the largest with every route. */
const MAIN_SCALE = RUN_SCALES.filter((scale) => scale.routes === "all").at(-1)!;
const VARIANTS_PER_PRODUCT = 3;
/** Bumped whenever loadCatalog changes what it generates, so catalogs loaded before are made again. */
const CATALOG_GENERATOR = 2;
const LOAD = { connections: 50, seconds: quick ? 2 : 10, warmupSeconds: quick ? 1 : 3 };

const PAGES = {
  floor: "/bench/floor",
  home: "/",
  collection: "/collections/bench-collection-1",
  product: "/products/bench-piece-1",
  search: "/search?q=amber",
  "search (typo)": "/search?q=neckless",
  cart: "/cart",
} as const;
type PageName = keyof typeof PAGES;

/** A route the load generator times, and at which kinds of scale. */
type Route = { target: LoadTarget; at: Scale["routes"][] };

const started = Date.now();
const log = (message: string) => console.log(`[bench ${((Date.now() - started) / 1000).toFixed(1)} s] ${message}`);

// Everything started is stopped on success, failure and Ctrl-C, newest first.
const cleanups: (() => Promise<void>)[] = [];
let cleaning: Promise<void> | undefined;
function cleanUp() {
  return (cleaning ??= (async () => {
    while (cleanups.length) await cleanups.pop()!().catch((error: unknown) => console.error(error));
  })());
}
let interrupted = false;
const SIGNALS = ["SIGINT", "SIGTERM"] as const;
function onSignal(signal: NodeJS.Signals) {
  if (interrupted) return;
  interrupted = true;
  log(`${signal}: stopping`);
  void cleanUp().then(() => process.exit(130));
}
for (const signal of SIGNALS) process.on(signal, onSignal);

type Catalog = { scale: Scale; url: string; loadSeconds: number };
type ScaleRun = {
  catalog: Catalog;
  results: LoadResult[];
  html: Record<PageName, string>;
  loadBefore: number[];
  loadAfter: number[];
  lighthouse: LighthousePageResult[];
};

async function main() {
  log(`${quick ? "quick" : "full"} run: ${RUN_SCALES.map((s) => `${s.products} products`).join(", ")}; ${LOAD.connections} connections, ${LOAD.seconds} s per route`);
  // Settled, not raced: a failed build must not leave a PostgreSQL starting behind cleanup's back.
  const [database, built] = await Promise.allSettled([startDatabase(), build()]);
  if (database.status === "rejected") throw database.reason;
  if (built.status === "rejected") throw built.reason;
  const catalogs = database.value;
  if (!quick) await drawBenchImages();

  const runs: ScaleRun[] = [];
  for (const catalog of catalogs) runs.push(await measureScale(catalog));

  const mainRun = runs.find((run) => run.catalog.scale === MAIN_SCALE)!;
  const queries = await countQueries(mainRun.catalog.url);
  const weights = Object.fromEntries(
    await Promise.all(Object.entries(mainRun.html).map(async ([name, page]) => [name, await pageWeight(page)] as const)),
  ) as Record<PageName, { js: number; html: number }>;

  const report = [
    describeMachine(runs),
    ...runs.map((run) => `### ${formatCount(run.catalog.scale.products)} products\n\n${loadTable(run)}`),
    ...(runs.length > 1 ? [`### Against ${formatCount(runs[0]!.catalog.scale.products)} products\n\n${comparisonTable(runs)}`] : []),
    `### Per page (${formatCount(MAIN_SCALE.products)} products)\n\n${pageTable(queries, weights, mainRun.lighthouse)}`,
    ...(mainRun.lighthouse.length
      ? [`### Lighthouse (${formatCount(MAIN_SCALE.products)} products)\n\n${lighthouseTable(mainRun.lighthouse)}\n\n${LIGHTHOUSE_METHOD.replace("{runs}", String(LIGHTHOUSE_RUNS))}`]
      : []),
  ].join("\n\n");
  console.log(`\n${report}\n`);

  // Every route must answer every request, and with a 2xx: an error or another status is a
  // failure on any machine. Throughput is reported, never asserted: a busy machine is slow, not broken.
  const problems = runs.flatMap((run) =>
    run.results
      .filter((r) => r.requests === 0 || r.errors + r.non2xx > 0)
      .map((r) => `${r.name} at ${run.catalog.scale.products} products: ${r.requests} answers, ${r.errors} errors, ${r.non2xx} non-2xx`),
  );
  if (problems.length) {
    console.error(`The run did not work:\n  ${problems.join("\n  ")}`);
    return false;
  }
  if (!quick) await writeReport(report);
  log("done");
  return true;
}

/** The routes timed at every scale (those of a "search" scale only where `at` says so). */
function routesFor(origin: string, ceiling: string, bag: string): Route[] {
  const get = (name: PageName | "healthz", page: string, headers?: Record<string, string>): LoadTarget => ({
    name,
    url: origin + page,
    method: "GET",
    headers,
  });
  // Anonymous visitors get catalog pages from the page cache; a shopper with a bag (her cookie)
  // has every page rendered for her. Shoppers rarely repeat a search word for word, so searches
  // are timed as she sees them: a cached one would measure the cache.
  const withBag = { cookie: bag };
  const rendered = (name: PageName) => ({ ...get(name, PAGES[name], withBag), name: `${name} (bag)` });
  return [
    { target: get("floor", PAGES.floor), at: ["all", "search"] },
    { target: get("home", PAGES.home), at: ["all"] },
    { target: rendered("home"), at: ["all"] },
    { target: get("collection", PAGES.collection), at: ["all"] },
    { target: rendered("collection"), at: ["all"] },
    { target: get("product", PAGES.product), at: ["all"] },
    { target: rendered("product"), at: ["all"] },
    { target: get("search", PAGES.search, withBag), at: ["all", "search"] },
    { target: get("search (typo)", PAGES["search (typo)"], withBag), at: ["all", "search"] },
    { target: addToCart(origin), at: ["all"] },
    { target: get("healthz", "/healthz"), at: ["all"] },
    { target: { name: "raw ceiling", url: ceiling, method: "GET" }, at: ["all", "search"] },
  ];
}

function addToCart(origin: string): LoadTarget {
  return {
    name: "add to cart (POST)",
    url: `${origin}/cart`,
    method: "POST",
    headers: { origin, "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ intent: "add", variantId: "bv2-1", quantity: "1", enhanced: "1" }).toString(),
  };
}

/** One scale: the production server on that scale's database, every route loaded in turn. */
async function measureScale(catalog: Catalog): Promise<ScaleRun> {
  const port = await getPort({ port: portNumbers(3107, 3109) });
  const origin = `http://127.0.0.1:${port}`;
  log(`${catalog.scale.products} products: starting the production server`);
  const stop = await serve(productionEnv(catalog.url, origin));
  const html = Object.fromEntries(
    await Promise.all(Object.entries(PAGES).map(async ([name, page]) => [name, await fetchPage(origin + page)] as const)),
  ) as Record<PageName, string>;
  const ceiling = await serveBytes(Buffer.from(html.product));
  const bag = await bagCookie(origin);
  const routes = routesFor(origin, ceiling.url, bag).filter((route) => route.at.includes(catalog.scale.routes));

  const loadBefore = os.loadavg();
  const results = await runLoad({ ...LOAD, targets: routes.map((route) => route.target) });
  const loadAfter = os.loadavg();
  const lighthouse =
    !quick && catalog.scale === MAIN_SCALE
      ? await provideImages(html.product + html.collection).then(() => runLighthouse([
          { name: "product", url: origin + PAGES.product },
          { name: "collection", url: origin + PAGES.collection },
        ]))
      : [];
  await stop();
  await ceiling.close();
  return { catalog, results, html, loadBefore, loadAfter, lighthouse };
}

/** A real bag's cookie: one piece added, as a shopper's browser would hold it. */
async function bagCookie(origin: string) {
  const { url, method, headers, body } = addToCart(origin);
  const response = await fetch(url, { method, headers, body, redirect: "manual" });
  const cookie = response.headers.get("set-cookie")?.split(";")[0];
  if (!cookie) throw new Error(`adding to the bag answered ${response.status} without a cookie`);
  return cookie;
}

const LIGHTHOUSE_RUNS = 3;

/** Lighthouse in a child process of its own: stopping it takes its Chromium down with it. */
function runLighthouse(pages: { name: string; url: string }[]) {
  log(`Lighthouse, ${LIGHTHOUSE_RUNS} runs of ${pages.map((page) => page.name).join(" and ")}`);
  const args = ["--json", "--runs", String(LIGHTHOUSE_RUNS), ...pages.map((page) => `${page.name}=${page.url}`)];
  return runForJson<LighthousePageResult[]>("Lighthouse", "scripts/lib/bench-lighthouse.ts", args);
}

// Real image files for the pages Lighthouse loads. Every piece's image has a key of its own
// (keys are unique), so a few drawn templates are linked in under the keys those two pages show;
// collections and articles share two drawn heroes. Drawn once into the bench's uploads folder.
const PIECE_TEMPLATES = 4;
const HERO_IMAGES = 2;
const templateKey = (n: number) => `benchtemplate${String(n).padStart(3, "0")}`;
const heroImageKey = (n: number) => `benchhero${String(n).padStart(7, "0")}`;
const UPLOADS_DIR = path.join(PG_DIR, "uploads");

async function drawBenchImages() {
  const store = createImageStore(UPLOADS_DIR);
  const wanted = [
    ...Array.from({ length: PIECE_TEMPLATES }, (_, i) => ({
      key: templateKey(i + 1),
      draw: () =>
        renderProductArt({
          kind: (["beaded", "chain", "pendant", "hoop"] as const)[i]!,
          metal: "Sterling silver",
          accent: "#2f6f73",
          view: 0,
          seed: `bench-${i}`,
        }),
    })),
    ...Array.from({ length: HERO_IMAGES }, (_, i) => ({
      key: heroImageKey(i + 1),
      draw: () => renderHeroArt({ kind: (["cuff", "drop"] as const)[i]!, accent: "#b5651d", seed: `bench-hero-${i}` }),
    })),
  ];
  for (const { key, draw } of wanted) {
    if (existsSync(path.join(UPLOADS_DIR, key))) continue;
    log(`drawing bench image ${key}`);
    const stored = await store.save(await draw());
    await fs.rename(path.join(UPLOADS_DIR, stored.key), path.join(UPLOADS_DIR, key));
  }
}

/** Links a drawn template in under every piece image key `html` shows that has no files yet. */
async function provideImages(html: string) {
  const keys = new Set([...html.matchAll(/\/images\/(benchpiece\d{6})\//g)].map((match) => match[1]!));
  for (const key of keys) {
    const dir = path.join(UPLOADS_DIR, key);
    if (existsSync(dir)) continue;
    const template = path.join(UPLOADS_DIR, templateKey(1 + (Number(key.slice(-6)) % PIECE_TEMPLATES)));
    await fs.mkdir(dir);
    for (const file of await fs.readdir(template)) await fs.link(path.join(template, file), path.join(dir, file));
  }
}

/** Rebuilds only when the app changed since the last bench build. */
async function build() {
  if (SHARED_BUILD) return log("using the test run's build");
  const stampFile = path.join(BUILD_DIR, "source-stamp");
  const sources = ["app", "scripts/lib", "scripts/serve.ts", "remix.config.js", "package-lock.json", "tsconfig.json"];
  const stamp = String(await newestChange(sources.map((source) => path.join(ROOT_DIR, source))));
  if (existsSync(path.join(BUILD_DIR, "server.js")) && (await fs.readFile(stampFile, "utf8").catch(() => "")) === stamp) {
    log("build is current");
    return;
  }
  log("building the production app");
  await buildShop({ mode: "production", buildDir: BUILD_DIR });
  await fs.writeFile(stampFile, stamp);
}

async function newestChange(paths: string[]): Promise<number> {
  let newest = 0;
  for (const entry of paths) {
    const stat = await fs.stat(entry).catch(() => null);
    if (!stat) continue;
    if (stat.isDirectory()) {
      const children = await fs.readdir(entry);
      newest = Math.max(newest, stat.mtimeMs, await newestChange(children.map((child) => path.join(entry, child))));
    } else {
      newest = Math.max(newest, stat.mtimeMs);
    }
  }
  return newest;
}

/** Stops a child on cleanup (politely, then for good); returns the same stop for early use. */
function track(child: ChildProcess) {
  let stopping: Promise<void> | undefined;
  const stop = () =>
    (stopping ??= new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      const force = setTimeout(() => child.kill("SIGKILL"), 10_000);
      child.once("exit", () => {
        clearTimeout(force);
        resolve();
      });
      child.kill("SIGTERM");
    }));
  cleanups.push(stop);
  return stop;
}

/** The bench cluster with a loaded database for each scale of this run. */
async function startDatabase(): Promise<Catalog[]> {
  const postgres = await startLocalPostgres({ dataDir: PG_DIR, persistent: true });
  cleanups.push(() => postgres.stop());
  await dropUnknownDatabases(postgres.url);
  const catalogs: Catalog[] = [];
  for (const scale of RUN_SCALES) {
    const catalog = await prepareCatalog(postgres, scale);
    // The smoke run in npm test must not fail because another process is flushing the disk:
    // its bag writes skip waiting for the WAL flush. The full run keeps production's setting.
    await withClient(postgres.url, (client) =>
      client.query(`ALTER DATABASE "bench_${scale.name}" SET synchronous_commit = ${quick ? "off" : "on"}`),
    );
    catalogs.push(catalog);
  }
  return catalogs;
}

/** Databases of an earlier layout of the bench (bench_quick, bench_full) only take disk space. */
async function dropUnknownDatabases(adminUrl: string) {
  await withClient(adminUrl, async (admin) => {
    const known = SCALES.map((scale) => `bench_${scale.name}`);
    const { rows } = await admin.query<{ datname: string }>(
      `SELECT datname FROM pg_database WHERE datname LIKE 'bench\\_%' AND NOT datname = ANY($1::text[])`,
      [known],
    );
    for (const { datname } of rows) {
      log(`dropping ${datname}, a database of an earlier bench`);
      await admin.query(`DROP DATABASE "${datname}" WITH (FORCE)`);
    }
  });
}

/**
 * One database per scale in the bench cluster, loaded once: a marker row says which catalog is
 * there and how long it took. Generated in SQL (generate_series), in one transaction, so a
 * killed load leaves nothing.
 */
async function prepareCatalog(postgres: LocalPostgres, scale: Scale): Promise<Catalog> {
  const database = `bench_${scale.name}`;
  const url = postgres.url.replace(/\/postgres$/, `/${database}`);
  const exists = await withClient(postgres.url, async (admin) =>
    Boolean((await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [database])).rowCount),
  );
  const loaded = exists ? await loadSeconds(url, scale) : undefined;
  if (loaded !== undefined) {
    await applyMigrations(url);
    // Bags added by earlier runs; the catalog itself is never touched.
    await withClient(url, (client) => client.query(`DELETE FROM "Cart"`));
    log(`reusing the ${scale.products}-product catalog`);
    return { scale, url, loadSeconds: loaded };
  }
  await withClient(postgres.url, async (admin) => {
    await admin.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
    await admin.query(`CREATE DATABASE "${database}"`);
  });
  await applyMigrations(url);
  log(`loading the ${scale.products}-product catalog`);
  const loadStarted = Date.now();
  await withClient(url, async (client) => {
    await client.query("BEGIN");
    await loadCatalog(client, scale);
    const seconds = (Date.now() - loadStarted) / 1000;
    await client.query(
      `CREATE TABLE bench_catalog ("scale" text PRIMARY KEY, "products" int NOT NULL, "generator" int NOT NULL, "loadSeconds" real NOT NULL,
         "loadedAt" timestamptz NOT NULL DEFAULT now())`,
    );
    await client.query(`INSERT INTO bench_catalog ("scale", "products", "generator", "loadSeconds") VALUES ($1, $2, $3, $4)`, [
      scale.name,
      scale.products,
      CATALOG_GENERATOR,
      seconds,
    ]);
    await client.query("COMMIT");
    // The triggers rewrote every product once more after its insert: clear the dead rows too.
    await client.query("VACUUM ANALYZE");
  });
  const seconds = (Date.now() - loadStarted) / 1000;
  log(`${scale.products}-product catalog loaded in ${seconds.toFixed(0)} s`);
  return { scale, url, loadSeconds: seconds };
}

async function withClient<T>(url: string, task: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await task(client);
  } finally {
    await client.end();
  }
}

/** How long the catalog in this database took to load, or undefined when it holds none of this scale. */
async function loadSeconds(url: string, scale: Scale) {
  return withClient(url, async (client) => {
    const marker = await client.query<{ table: string | null }>(`SELECT to_regclass('bench_catalog')::text AS "table"`);
    if (!marker.rows[0]?.table) return undefined;
    const columns = await client.query(`SELECT 1 FROM information_schema.columns WHERE table_name = 'bench_catalog' AND column_name = 'generator'`);
    if (!columns.rowCount) return undefined;
    const { rows } = await client.query<{ products: number; loadSeconds: number }>(
      `SELECT "products", "loadSeconds" FROM bench_catalog WHERE "scale" = $1 AND "generator" = $2`,
      [scale.name, CATALOG_GENERATOR],
    );
    return rows[0]?.products === scale.products ? rows[0].loadSeconds : undefined;
  });
}

async function loadCatalog(client: pg.Client, scale: Scale) {
  const { products, collections, articles, orders } = scale;
  const steps: [string, string, unknown[]][] = [
    [
      "products",
      `INSERT INTO "Product" ("id", "handle", "name", "category", "summary", "description", "materials", "care", "status", "featured",
         "priceFrom", "wagesShare", "materialsShare", "programShare", "operationsShare", "publishedAt", "updatedAt")
       SELECT 'bp' || i, 'bench-piece-' || i,
         (ARRAY['Amber','Willow','River','Saffron','Linden','Harbor','Meadow','Ember','Juniper','Coral','Fern','Dawn'])[1 + i % 12]
           || ' ' || (ARRAY['bracelet','necklace','earrings','ring','anklet'])[1 + i % 5] || ' no. ' || i,
         ((ARRAY['BRACELET','NECKLACE','EARRINGS','RING','ANKLET'])[1 + i % 5])::"ProductCategory",
         'Hand-finished in our studio, one piece at a time.',
         repeat('Each piece is shaped, polished and checked by the maker who made it. ', 6),
         'Recycled sterling silver, glass beads', 'Keep dry; polish with a soft cloth.',
         'PUBLISHED', i <= 8, 2400 + (i % 40) * 100, 4500, 2500, 1500, 1500, now() - i * interval '1 minute', now()
       FROM generate_series(1, $1::int) AS i`,
      [products],
    ],
    [
      "variants",
      `INSERT INTO "ProductVariant" ("id", "productId", "sku", "title", "metal", "price", "position", "onHand", "updatedAt")
       SELECT 'bv' || i || '-' || k, 'bp' || i, 'BENCH-' || i || '-' || k,
         (ARRAY['Sterling silver','Gold vermeil','Brass'])[k], (ARRAY['silver','gold','brass'])[k],
         2400 + (i % 40) * 100 + (k - 1) * 800, k - 1, 25, now()
       FROM generate_series(1, $1::int) AS i, generate_series(1, $2::int) AS k`,
      [products, VARIANTS_PER_PRODUCT],
    ],
    [
      "images",
      `INSERT INTO "ProductImage" ("id", "productId", "key", "alt", "width", "height", "position")
       SELECT 'bi' || i || '-' || k, 'bp' || i, 'benchpiece' || lpad(((i - 1) * 2 + k)::text, 6, '0'),
         'The piece, photographed in daylight', 1200, 1500, k - 1
       FROM generate_series(1, $1::int) AS i, generate_series(1, 2) AS k`,
      [products],
    ],
    [
      "collections",
      `INSERT INTO "Collection" ("id", "handle", "title", "intro", "featured", "status", "position", "heroImageKey", "heroAlt", "updatedAt")
       SELECT 'bc' || c, 'bench-collection-' || c,
         (ARRAY['Everyday','Celebration','Studio','Riverside','Heirloom','Evening','Garden','Harvest','Morning','Coast'])[1 + c % 10] || ' ' || c,
         'Pieces chosen together by the studio.', c <= 4, 'PUBLISHED', c,
         'benchhero' || lpad((1 + c % ${HERO_IMAGES})::text, 7, '0'), 'A piece from the collection', now()
       FROM generate_series(1, $1::int) AS c`,
      [collections],
    ],
    [
      "collection members",
      `INSERT INTO "CollectionProduct" ("collectionId", "productId", "position")
       SELECT 'bc' || (1 + i % $2::int), 'bp' || i, i / $2::int FROM generate_series(1, $1::int) AS i`,
      [products, collections],
    ],
    [
      "articles",
      `INSERT INTO "Article" ("id", "slug", "title", "excerpt", "body", "authorName", "topic", "status", "publishedAt", "heroImageKey", "heroAlt", "updatedAt")
       SELECT 'ba' || a, 'bench-article-' || a, 'Studio notes, part ' || a, 'What the studio made this week, and how.',
         repeat(E'The studio worked on a new collection this week, from sketches to finished pieces.\\n\\n', 8),
         'The studio team', ((ARRAY['RECOVERY','PURPOSE','COMMUNITY','DIGNIFIED_WORK'])[1 + a % 4])::"ArticleTopic",
         'PUBLISHED', now() - a * interval '1 hour', 'benchhero' || lpad((1 + a % ${HERO_IMAGES})::text, 7, '0'),
         'A piece from the studio', now()
       FROM generate_series(1, $1::int) AS a`,
      [articles],
    ],
    [
      "article products",
      `INSERT INTO "ArticleProduct" ("articleId", "productId", "position")
       SELECT 'ba' || a, 'bp' || (1 + (a * 7 + k) % $2::int), k FROM generate_series(1, $1::int) AS a, generate_series(0, 1) AS k`,
      [articles, products],
    ],
    [
      "orders",
      `INSERT INTO "Order" ("id", "token", "status", "provider", "currency", "subtotal", "shippingAmount", "total", "email", "customerName",
         "expiresAt", "paidAt", "createdAt", "updatedAt")
       SELECT 'bo' || o, md5('bench-order-' || o) || md5('bench-token-' || o),
         ((ARRAY['PAID','PACKED','SHIPPED'])[1 + o % 3])::"OrderStatus", 'TEST', 'USD', 2400 + (o % 40) * 100, 600, 3000 + (o % 40) * 100,
         'shopper' || o || '@example.org', 'Shopper ' || o, at + interval '30 minutes', at, at, at
       FROM (SELECT o, now() - o * interval '5 minutes' AS at FROM generate_series(1, $1::int) AS o) AS generated`,
      [orders],
    ],
    [
      "order lines",
      `INSERT INTO "OrderLine" ("id", "orderId", "variantId", "productName", "variantTitle", "sku", "unitPrice", "quantity")
       SELECT 'bol' || o, 'bo' || o, 'bv' || p || '-1', 'Bench piece ' || p, 'Sterling silver', 'BENCH-' || p || '-1', 2400 + (o % 40) * 100, 1
       FROM (SELECT o, 1 + o % $2::int AS p FROM generate_series(1, $1::int) AS o) AS generated`,
      [orders, products],
    ],
  ];
  for (const [name, sql, values] of steps) {
    const stepStarted = Date.now();
    await client.query(sql, values);
    log(`  ${name} in ${((Date.now() - stepStarted) / 1000).toFixed(1)} s`);
  }
}

/** Production needs real-looking secrets; every outgoing address points at a closed local port. */
function productionEnv(databaseUrl: string, origin: string): Record<string, string> {
  return {
    NODE_ENV: "production",
    BELONGING_BENCH: "1",
    DATABASE_URL: databaseUrl,
    PORT: new URL(origin).port,
    SHOP_URL: origin,
    SESSION_SECRET: randomBytes(32).toString("base64url"),
    STRIPE_SECRET_KEY: "sk_test_bench_not_a_real_key",
    STRIPE_WEBHOOK_SECRET: "whsec_bench_not_a_real_secret",
    STRIPE_API_BASE: "http://127.0.0.1:9",
    SMTP_URL: "smtp://127.0.0.1:9",
    UPLOADS_DIR,
    // As behind one load balancer: the load generator's X-Forwarded-For names each shopper.
    TRUST_PROXY: "1",
    // Request logs would measure the terminal; warnings and errors still show.
    LOG_LEVEL: "warn",
  };
}

/** The compiled server in a child process, as production runs it; resolves to its stop. */
async function serve(env: Record<string, string>) {
  const child = spawn(process.execPath, [path.join(BUILD_DIR, "server.js")], {
    cwd: ROOT_DIR,
    // Its own process group: Ctrl-C reaches only us, and we stop it while its database still runs.
    detached: true,
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "inherit"],
  });
  const stop = track(child);
  await new Promise<void>((resolve, reject) => {
    let output = "";
    const onExit = (code: number | null) => reject(new Error(`The server exited during start (code ${code}):\n${output}`));
    child.once("exit", onExit);
    child.stdout!.setEncoding("utf8");
    child.stdout!.on("data", (chunk: string) => {
      output += chunk;
      if (output.includes("Belonging is ready")) {
        child.off("exit", onExit);
        resolve();
      }
    });
  });
  return stop;
}

async function fetchPage(url: string) {
  const response = await fetch(url);
  const body = await response.text();
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  return body;
}

/** The machine's ceiling: node:http answering with the product page's bytes from memory. */
async function serveBytes(body: Buffer) {
  const server = http.createServer((_req, res) => {
    res.writeHead(200, { "content-type": "text/html; charset=utf-8", "content-length": body.length });
    res.end(body);
  });
  const port = await getPort({ port: portNumbers(3107, 3109) });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  let closing: Promise<void> | undefined;
  const close = () => (closing ??= new Promise<void>((resolve) => server.close(() => resolve())));
  cleanups.push(close);
  return { url: `http://127.0.0.1:${port}/`, close };
}

function runLoad(plan: LoadPlan) {
  log(`loading ${plan.targets.length} routes from a second process`);
  return runForJson<LoadResult[]>("the load generator", "scripts/lib/bench-load.ts", [JSON.stringify(plan)]);
}

/** A script of ours in a process (and process group) of its own; resolves to the JSON it prints. */
async function runForJson<T>(label: string, script: string, args: string[]): Promise<T> {
  const child = spawn(process.execPath, ["--import", "tsx", script, ...args], {
    cwd: ROOT_DIR,
    detached: true,
    stdio: ["ignore", "pipe", "inherit"],
  });
  track(child);
  let output = "";
  child.stdout!.setEncoding("utf8");
  child.stdout!.on("data", (chunk: string) => (output += chunk));
  const code = await new Promise<number | null>((resolve) => child.once("exit", resolve));
  if (code !== 0) throw new Error(`${label} exited with ${code}`);
  return JSON.parse(output) as T;
}

/**
 * SQL statements per page, one request at a time, through the same build in this process:
 * with COUNT_QUERIES=1 the app's Prisma client emits an event per statement.
 */
async function countQueries(databaseUrl: string) {
  // Requests are handled in this process; the origin only has to be consistent.
  const origin = "http://127.0.0.1:3107";
  const pages: [string, string | LoadTarget][] = [
    ...Object.entries(PAGES).map(([name, page]): [string, string | LoadTarget] =>
      name === "cart" ? ["add to cart (POST)", addToCart(origin)] : [name, page],
    ),
    ["healthz", "/healthz"],
  ];
  Object.assign(process.env, productionEnv(databaseUrl, origin), { COUNT_QUERIES: "1" });
  const build = (await import(pathToFileURL(path.join(BUILD_DIR, "index.js")).href)) as ServerBuild;
  const entry = build.entry.module as unknown as { shutdown(): Promise<void> };
  cleanups.push(() => entry.shutdown());
  const handle = createRequestHandler(build, "production");
  const client = (globalThis as unknown as { __prisma: { $on(event: "query", listener: () => void): void } }).__prisma;
  let count = 0;
  client.$on("query", () => count++);
  const context = { cspNonce: "bench", requestId: "bench", logger: pino({ level: "silent" }) };

  const counts: Record<string, number> = {};
  for (const [name, page] of pages) {
    // Express fills in Host; Remix compares it with Origin before any action runs.
    const host = { host: new URL(origin).host };
    const request = () =>
      typeof page === "string"
        ? new Request(origin + page, { headers: host })
        : new Request(page.url, { method: page.method, headers: { ...host, ...page.headers }, body: page.body });
    await handle(request(), context); // the first request may warm caches; count the second
    count = 0;
    const response = await handle(request(), context);
    await response.arrayBuffer();
    if (!response.ok) throw new Error(`${name} answered ${response.status} while its queries were counted`);
    counts[name] = count;
  }
  return counts;
}

/**
 * Gzip bytes of the page and of every script it loads: the module preloads, script sources and
 * module imports of its HTML. Modules named only in the inline route manifest (routes the page
 * may navigate to) are not loaded with it and not counted.
 */
async function pageWeight(html: string) {
  const loaded = /<link rel="modulepreload" href="(\/build\/[^"]+)"|<script[^>]* src="(\/build\/[^"]+)"|import(?:\(|[^"(]*from ?)"(\/build\/[^"]+)"/g;
  const scripts = new Set([...html.matchAll(loaded)].map((match) => (match[1] ?? match[2] ?? match[3])!));
  let js = 0;
  for (const script of scripts) {
    js += gzipSync(await fs.readFile(path.join(BUILD_DIR, "public", script.slice("/build/".length)))).length;
  }
  return { js, html: gzipSync(html).length };
}

function kb(bytes: number) {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

function markdownTable(header: string[], rows: string[][]) {
  const line = (cells: string[]) => `| ${cells.join(" | ")} |`;
  return [line(header), line(header.map((_, i) => (i === 0 ? "---" : "---:"))), ...rows.map(line)].join("\n");
}

function formatCount(n: number) {
  return n.toLocaleString("en-US");
}

type Column<T> = { header: string; cell: (row: T) => string };

function table<T>(columns: Column<T>[], rows: T[]) {
  return markdownTable(
    columns.map((column) => column.header),
    rows.map((row) => columns.map((column) => column.cell(row))),
  );
}

/** One scale's load: every route's throughput and latency, against the floor and the raw ceiling of the same minute. */
function loadTable(run: ScaleRun) {
  type Row = LoadResult;
  const floor = run.results.find((r) => r.name === "floor")!;
  const raw = run.results.find((r) => r.name === "raw ceiling")!;
  const percent = (value: number) => `${(value * 100).toFixed(0)}%`;
  const columns: Column<Row>[] = [
    { header: "route", cell: (r) => r.name },
    { header: "req/s", cell: (r) => r.rps.toFixed(0) },
    { header: "p50 ms", cell: (r) => r.p50.toFixed(1) },
    { header: "p95 ms", cell: (r) => r.p95.toFixed(1) },
    { header: "p99 ms", cell: (r) => r.p99.toFixed(1) },
    {
      header: "errors / non-2xx",
      cell: (r) =>
        `${r.errors} / ${r.non2xx}${r.non2xx ? ` (${Object.entries(r.otherStatuses).map(([status, n]) => `${status}×${n}`).join(", ")})` : ""}`,
    },
    { header: "vs floor", cell: (r) => percent(r.rps / floor.rps) },
    { header: "vs ceiling", cell: (r) => percent(r.rps / raw.rps) },
  ];
  return table(columns, run.results);
}

/**
 * Each larger scale against the first: the same route's req/s and p95 as a ratio, and its share
 * of the floor as a ratio (the floor of each scale was measured in the same minute, so this one
 * cancels most of what the rest of the machine was doing).
 */
function comparisonTable(runs: ScaleRun[]) {
  const [base, ...others] = runs as [ScaleRun, ...ScaleRun[]];
  const share = (run: ScaleRun, r: LoadResult) => r.rps / run.results.find((f) => f.name === "floor")!.rps;
  type Row = { run: ScaleRun; result: LoadResult; baseResult: LoadResult };
  const rows: Row[] = others.flatMap((run) =>
    run.results.flatMap((result) => {
      const baseResult = base.results.find((r) => r.name === result.name);
      return baseResult && result.name !== "raw ceiling" && result.name !== "floor" ? [{ run, result, baseResult }] : [];
    }),
  );
  const times = (value: number) => `${value.toFixed(2)}×`;
  const baseLabel = `at ${formatCount(base.catalog.scale.products)}`;
  const columns: Column<Row>[] = [
    { header: "route", cell: (r) => r.result.name },
    { header: "products", cell: (r) => formatCount(r.run.catalog.scale.products) },
    { header: `req/s (${baseLabel})`, cell: (r) => `${r.result.rps.toFixed(0)} (${r.baseResult.rps.toFixed(0)})` },
    { header: "req/s ratio", cell: (r) => times(r.result.rps / r.baseResult.rps) },
    { header: `p95 ms (${baseLabel})`, cell: (r) => `${r.result.p95.toFixed(1)} (${r.baseResult.p95.toFixed(1)})` },
    { header: "p95 ratio", cell: (r) => times(r.result.p95 / r.baseResult.p95) },
    { header: "share of floor ratio", cell: (r) => times(share(r.run, r.result) / share(base, r.baseResult)) },
  ];
  return table(columns, rows);
}

/** What each page costs whatever the load: SQL statements, and bytes shipped. */
function pageTable(
  queries: Record<string, number>,
  weights: Record<PageName, { js: number; html: number }>,
  lighthouse: LighthousePageResult[],
) {
  type Row = { name: string; page?: PageName };
  const rows: Row[] = Object.keys(queries).map((name) => ({ name, page: name === "add to cart (POST)" ? "cart" : (name as PageName) }));
  const weight = (r: Row) => (r.page && r.page in weights ? weights[r.page] : undefined);
  const columns: Column<Row>[] = [
    { header: "page", cell: (r) => r.name },
    { header: "SQL queries", cell: (r) => String(queries[r.name]) },
    { header: "JS gzip", cell: (r) => (weight(r) ? kb(weight(r)!.js) : "–") },
    { header: "HTML gzip", cell: (r) => (weight(r) ? kb(weight(r)!.html) : "–") },
    ...(lighthouse.length
      ? (
          [
            ["Lighthouse", (l) => String(l.score)],
            ["LCP ms", (l) => l.lcpMs.toFixed(0)],
            ["TBT ms", (l) => l.tbtMs.toFixed(0)],
            ["CLS", (l) => l.cls.toFixed(3)],
          ] satisfies [string, (l: LighthousePageResult) => string][]
        ).map(([header, value]): Column<Row> => ({
          header,
          cell: (r) => {
            const result = lighthouse.find((l) => l.name === r.name);
            return result ? value(result) : "–";
          },
        }))
      : []),
  ];
  return table(columns, rows);
}

function describeMachine(runs: ScaleRun[]) {
  const cpus = os.cpus();
  const load = (values: number[]) => values.map((v) => v.toFixed(2)).join(", ");
  const catalog = ({ scale, loadSeconds }: Catalog) =>
    `${formatCount(scale.products)} products (${formatCount(scale.products * VARIANTS_PER_PRODUCT)} variants, ${formatCount(scale.collections)} collections, ` +
    `${formatCount(scale.articles)} articles, ${formatCount(scale.orders)} orders; loaded in ${loadSeconds.toFixed(0)} s)`;
  return [
    `- Date: ${new Date().toISOString()}`,
    `- Machine: ${cpus.length} × ${cpus[0]?.model ?? "unknown CPU"}, ${(os.totalmem() / 1024 ** 3).toFixed(1)} GB memory, ${os.type()} ${os.release()}`,
    `- Node ${process.version}`,
    `- Catalogs, one database each, loaded once and reused: ${runs.map((run) => catalog(run.catalog)).join("; ")}`,
    `- Load: autocannon, ${LOAD.connections} connections, ${LOAD.seconds} s per route after a ${LOAD.warmupSeconds} s warm-up, loopback`,
    ...runs.map(
      (run) =>
        `- Load average (1, 5, 15 min) at ${formatCount(run.catalog.scale.products)} products, before: ${load(run.loadBefore)}; after: ${load(run.loadAfter)}`,
    ),
    `- Command: \`npm run bench${quick ? " -- --quick" : ""}\``,
  ].join("\n");
}

const START = "<!-- bench:start -->";
const END = "<!-- bench:end -->";

/** Replaces the generated part of docs/benchmarks.md; the prose around it is kept. */
async function writeReport(report: string) {
  const generated = `${START}\n${report}\n${END}`;
  const existing = await fs.readFile(REPORT, "utf8").catch(() => "");
  const next =
    existing.includes(START) && existing.includes(END)
      ? existing.slice(0, existing.indexOf(START)) + generated + existing.slice(existing.indexOf(END) + END.length)
      : `# Benchmarks\n\n${generated}\n`;
  await fs.mkdir(path.dirname(REPORT), { recursive: true });
  await fs.writeFile(REPORT, next);
  log(`wrote ${path.relative(ROOT_DIR, REPORT)}`);
}

try {
  const ok = await main();
  await cleanUp();
  process.exit(ok ? 0 : 1);
} catch (error) {
  // After Ctrl-C, children dying under us is expected; the signal handler reports and exits.
  if (!interrupted) console.error(error);
  await cleanUp();
  process.exit(interrupted ? 130 : 1);
}
