// App processes keep no state of their own: a bag started on one process is seen by another,
// as behind a load balancer. Two real compiled servers (as `npm run serve` runs them) share this file's database.
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import getPort from "get-port";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createProduct } from "../factories/product.ts";

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
});
