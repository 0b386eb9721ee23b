// App processes keep no state of their own: a bag started on one process is seen by another,
// as behind a load balancer. Two real compiled servers (as `npm run serve` runs them) share this file's database.
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import getPort from "get-port";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { approveProfile, recordSafetyReview } from "~/models/maker.server";
import { prisma } from "~/utils/db.server";
import { createMakerWithAccount } from "../factories/maker.ts";
import { createCart } from "../factories/order.ts";
import { createProduct } from "../factories/product.ts";
import { createUser, sessionCookieFor } from "../factories/user.ts";

const processes: ChildProcess[] = [];

const pick = <T extends object, K extends keyof T>(from: T, keys: K[]) => Object.fromEntries(keys.map((key) => [key, String(from[key])]));

async function serve(): Promise<string> {
  const port = await getPort();
  const child = spawn(process.execPath, [path.join(inject("buildDir"), "server.js")], {
    env: { ...process.env, NODE_ENV: "test", PORT: String(port), LOG_LEVEL: "warn" },
    stdio: ["ignore", "pipe", "inherit"],
  });
  processes.push(child);
  await new Promise<void>((resolve, reject) => {
    child.once("exit", (code) => reject(new Error(`serve exited with ${code}`)));
    child.stdout!.on("data", (chunk: Buffer) => chunk.toString().includes("Belonging is ready") && resolve());
  });
  return `http://localhost:${port}`;
}

let first: string;
let second: string;
beforeAll(async () => {
  [first, second] = await Promise.all([serve(), serve()]);
}, 60_000);

afterAll(async () => {
  await Promise.all(
    processes.map((child) => new Promise((resolve) => (child.exitCode !== null ? resolve(null) : (child.once("exit", resolve), child.kill("SIGTERM"))))),
  );
});

describe("two app processes behind one database", () => {
  it("show a bag started on one process on the other", async () => {
    const product = await createProduct({ name: "Shared bag bracelet", variants: [{ price: 5200, onHand: 4 }] });
    const added = await fetch(`${first}/cart`, {
      method: "POST",
      redirect: "manual",
      headers: { Origin: first, "Content-Type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ intent: "add", variantId: product.variants[0]!.id, quantity: "2" }),
    });
    expect(added.status).toBeLessThan(400);
    const cookie = added.headers.get("set-cookie")!.split(";")[0]!;

    const bag = await fetch(`${second}/cart`, { headers: { Cookie: cookie } });
    expect(bag.status).toBe(200);
    const html = await bag.text();
    expect(html).toContain("Shared bag bracelet");
    expect(html).toContain("$104.00");
  });

  it("both answer /healthz while they share the database", async () => {
    for (const origin of [first, second]) {
      const response = await fetch(`${origin}/healthz`);
      expect(await response.json()).toEqual({ status: "ok", db: "ok" });
    }
  });

  /** A page of `origin` as an anonymous visitor gets it, after making sure that process has it cached. */
  async function cachedOn(origin: string, path: string) {
    await expect.poll(async () => (await fetch(origin + path)).headers.get("x-page-cache"), { timeout: 10_000 }).toBe("hit");
  }

  function post(origin: string, path: string, cookie: string, form: Record<string, string>) {
    return fetch(origin + path, {
      method: "POST",
      redirect: "manual",
      headers: { Origin: origin, Cookie: cookie, "Content-Type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams(form),
    });
  }

  it("show a stock change made through one on the other's very next page", async () => {
    const product = await createProduct({ name: "Ember ring", variants: [{ onHand: 1 }] });
    const path = `/products/${product.handle}`;
    expect(await (await fetch(second + path)).text()).toContain("Only 1 left");
    await cachedOn(second, path);

    const staff = await sessionCookieFor((await createUser({ role: "INVENTORY" })).id);
    const adjusted = await post(first, `/admin/inventory/${product.variants[0]!.id}`, staff, { delta: "+5", reason: "RECEIVED", note: "" });
    expect(adjusted.status).toBeLessThan(400);
    expect(await (await fetch(second + path)).text()).not.toContain("Only 1 left");
  });

  it("show a price changed in the product editor of one on the other's very next page", async () => {
    const product = await createProduct({ name: "Tidewater cuff", variants: [{ price: 4735 }] });
    const path = `/products/${product.handle}`;
    expect(await (await fetch(second + path)).text()).toContain("$47.35");
    await cachedOn(second, path);

    // The editor's form as its page fills it from the product, with only the price retyped.
    const saved = await prisma.product.findUniqueOrThrow({ where: { id: product.id }, include: { variants: true } });
    const form: Record<string, string> = {
      intent: "save",
      ...pick(saved, ["name", "handle", "category", "summary", "description", "materials", "care"]),
      ...Object.fromEntries((["wagesShare", "materialsShare", "programShare", "operationsShare"] as const).map((key) => [key, String(saved[key] / 100)])),
    };
    saved.variants.forEach((variant, row) => {
      const fields = { id: variant.id, sku: variant.sku, metal: variant.metal, size: variant.size ?? "", length: variant.length ?? "", price: "61.90", lowStockThreshold: String(variant.lowStockThreshold) };
      for (const [key, value] of Object.entries(fields)) form[`variants.${row}.${key}`] = value;
    });
    const owner = await sessionCookieFor((await createUser({ role: "OWNER" })).id);
    const edited = await post(first, `/admin/products/${product.id}`, owner, form);
    expect(edited.status).toBeLessThan(400);
    expect((await prisma.productVariant.findUniqueOrThrow({ where: { id: product.variants[0]!.id } })).price).toBe(6190);

    const page = await (await fetch(second + path)).text();
    expect(page).toContain("$61.90");
    expect(page).not.toContain("$47.35");
  });

  it("take a piece withdrawn from sale through one off the other at once", async () => {
    const product = await createProduct({ name: "Withdrawn brooch" });
    const path = `/products/${product.handle}`;
    await cachedOn(second, path);
    const owner = await sessionCookieFor((await createUser({ role: "OWNER" })).id);
    const archived = await post(first, `/admin/products/${product.id}`, owner, { intent: "status", status: "ARCHIVED" });
    expect(archived.status).toBeLessThan(400);
    expect((await fetch(second + path)).status).toBeGreaterThanOrEqual(400);
  });

  it("stop showing a maker on the other process's next page once she withdraws through one", async () => {
    const { maker, draft, user, cookie } = await createMakerWithAccount({ content: { displayName: "Nyokabi" } });
    await recordSafetyReview({ makerId: maker.id, reviewerId: (await createUser({ role: "STORYTELLER" })).id, note: "" });
    await approveProfile({ makerId: maker.id, userId: user.id, versionId: draft.id, contentHash: draft.contentHash, fields: ["displayName", "attribution"] });
    const piece = await createProduct({ name: "Her pendant" });
    await prisma.product.update({ where: { id: piece.id }, data: { makers: { create: { makerId: maker.id } } } });
    const path = `/products/${piece.handle}`;
    expect(await (await fetch(second + path)).text()).toContain("Nyokabi");
    await cachedOn(second, path);

    const stopped = await post(first, "/maker/stop", cookie, { intent: "stop-all" });
    expect(stopped.status).toBeLessThan(400);
    expect(await (await fetch(second + path)).text()).not.toContain("Nyokabi");
  });

  it("never oversell when buyers of the last pieces are spread across both", async () => {
    const product = await createProduct({ name: "Last lockets", variants: [{ onHand: 3 }] });
    const variantId = product.variants[0]!.id;
    const bags = await Promise.all(Array.from({ length: 12 }, () => createCart([{ variantId, quantity: 1 }])));
    const answers = await Promise.all(bags.map(({ cookie }, i) => post(i % 2 ? first : second, "/checkout", cookie, {})));
    const paying = answers.filter((answer) => /\/checkout\/test\//.test(answer.headers.get("location") ?? ""));
    expect(paying).toHaveLength(3);
    expect(await prisma.productVariant.findUniqueOrThrow({ where: { id: variantId }, select: { onHand: true, reserved: true } })).toEqual({ onHand: 3, reserved: 3 });
  });

  it("run each queued job once, not once per process", async () => {
    // Both processes' graphile-workers wait for new jobs on this database.
    const listening = () => prisma.$queryRaw<{ workers: bigint }[]>`SELECT count(*) AS workers FROM pg_stat_activity WHERE query LIKE 'LISTEN "jobs:insert"%'`.then((rows) => Number(rows[0]!.workers));
    await expect.poll(listening, { timeout: 10_000 }).toBe(2);

    // Each run of the task deletes expired counters in one statement; a statement trigger
    // counts the runs, even those that find nothing to delete.
    const task = "delete_expired_rate_limits";
    await prisma.$executeRawUnsafe(`CREATE TABLE rate_limit_sweeps (at timestamptz NOT NULL DEFAULT clock_timestamp())`);
    await prisma.$executeRawUnsafe(`CREATE FUNCTION count_rate_limit_sweep() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN INSERT INTO rate_limit_sweeps DEFAULT VALUES; RETURN NULL; END $$`);
    await prisma.$executeRawUnsafe(`CREATE TRIGGER count_rate_limit_sweep AFTER DELETE ON "RateLimitCounter" FOR EACH STATEMENT EXECUTE FUNCTION count_rate_limit_sweep()`);
    try {
      const lastTick = () => prisma.$queryRaw<{ at: Date | null }[]>`SELECT last_execution AS at FROM graphile_worker._private_known_crontabs WHERE identifier = ${task}`.then((rows) => rows[0]?.at?.getTime() ?? null);
      const tickBefore = await lastTick();
      const queued = 6;
      for (let i = 0; i < queued; i++) await prisma.$executeRaw`SELECT graphile_worker.add_job(${task})`;
      const pending = () => prisma.$queryRaw<{ jobs: bigint }[]>`SELECT count(*) AS jobs FROM graphile_worker.jobs WHERE task_identifier = ${task}`.then((rows) => Number(rows[0]!.jobs));
      await expect.poll(pending, { timeout: 20_000, interval: 100 }).toBe(0);

      // The task's hourly cron tick, if it fell in these seconds, was claimed by one process and ran once more.
      const ticked = (await lastTick()) !== tickBefore ? 1 : 0;
      const runs = await prisma.$queryRaw<{ runs: bigint }[]>`SELECT count(*) AS runs FROM rate_limit_sweeps`;
      expect(Number(runs[0]!.runs)).toBe(queued + ticked);
    } finally {
      await prisma.$executeRawUnsafe(`DROP TRIGGER count_rate_limit_sweep ON "RateLimitCounter"`);
      await prisma.$executeRawUnsafe(`DROP FUNCTION count_rate_limit_sweep()`);
      await prisma.$executeRawUnsafe(`DROP TABLE rate_limit_sweeps`);
    }
  });
});
