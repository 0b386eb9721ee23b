// The production server is plain JavaScript compiled with the build, and serves only a
// production build: a development one would answer every page with 500 ("jsxDEV is not a function").
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";
import getPort from "get-port";
import { afterAll, describe, expect, inject, it } from "vitest";
import { buildShop, compileServer } from "../../scripts/lib/build.ts";
import { ROOT_DIR } from "../../scripts/lib/paths.ts";

const devBuildDir = path.join(ROOT_DIR, ".cache", `dev-build-refusal-${process.pid}`);
afterAll(() => fs.rm(devBuildDir, { recursive: true, force: true }));

/** Everything production requires, pointing at closed local ports. */
const productionEnv = async () => ({
  ...process.env,
  NODE_ENV: "production" as const,
  PORT: String(await getPort()),
  SHOP_URL: "http://localhost",
  SESSION_SECRET: randomBytes(32).toString("base64url"),
  STRIPE_SECRET_KEY: "sk_test_not_a_real_key",
  STRIPE_WEBHOOK_SECRET: "whsec_not_a_real_secret",
  STRIPE_API_BASE: "http://127.0.0.1:9",
  SMTP_URL: "smtp://127.0.0.1:9",
  LOG_LEVEL: "silent",
});

describe("the production server", () => {
  it("is compiled JavaScript that imports no TypeScript runner and no private module of a package", async () => {
    const server = await fs.readFile(path.join(inject("buildDir"), "server.js"), "utf8");
    const imports = [...server.matchAll(/^import .* from "([^"]+)";$/gm)].map((match) => match[1]!);
    expect(imports).toContain("express");
    expect(imports.filter((name) => name === "tsx" || name.includes("/dist/") || name.endsWith(".ts"))).toEqual([]);
  });

  it("refuses a development build with a message that says what to do", async () => {
    await buildShop({ mode: "development", buildDir: devBuildDir });
    await compileServer(devBuildDir);
    const child = spawn(process.execPath, [path.join(devBuildDir, "server.js")], { env: await productionEnv(), stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.once("exit", resolve));
    expect(code).toBe(1);
    expect(output).toContain("holds a development build, which production does not serve");
    expect(output).toContain("npm run build");
    expect(output).not.toContain("Belonging is ready");
  }, 120_000);
});
