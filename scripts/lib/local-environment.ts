import { randomBytes } from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";
import { getServerEnv } from "../../app/utils/env.server.ts";
import { DATA_DIR } from "./paths.ts";

const SECRETS_FILE = path.join(DATA_DIR, "secrets.json");

type DevSecrets = { SESSION_SECRET?: string; DEMO_OWNER_EMAIL?: string; DEMO_OWNER_PASSWORD?: string };

export async function readDevSecrets(): Promise<DevSecrets> {
  return JSON.parse(await fs.readFile(SECRETS_FILE, "utf8").catch(() => "{}")) as DevSecrets;
}

export async function writeDevSecrets(update: DevSecrets) {
  const next = { ...(await readDevSecrets()), ...update };
  await fs.mkdir(DATA_DIR, { recursive: true });
  await fs.writeFile(SECRETS_FILE, JSON.stringify(next, null, 2), { mode: 0o600 });
}

/**
 * Local defaults for what production must be given. Outside production, secrets are generated
 * once and kept in the gitignored data folder, so the quick start needs no configuration.
 */
export async function prepareLocalEnvironment() {
  process.env.UPLOADS_DIR ??= path.join(DATA_DIR, "uploads");
  if (getServerEnv().NODE_ENV === "production") return;
  let { SESSION_SECRET } = await readDevSecrets();
  if (!SESSION_SECRET) {
    SESSION_SECRET = randomBytes(32).toString("base64url");
    await writeDevSecrets({ SESSION_SECRET });
  }
  process.env.SESSION_SECRET ??= SESSION_SECRET;
}
