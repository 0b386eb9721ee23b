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
});
