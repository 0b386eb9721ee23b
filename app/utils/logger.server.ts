import pino from "pino";
import { getServerEnv } from "~/utils/env.server";

/**
 * The one logger of the process, for the HTTP server (request logs) and the app alike:
 * structured JSON, request-scoped children carrying the request id. Nothing personal (emails,
 * addresses, notes, cookies, tokens) is passed to it; the redact list is a second line of
 * defence for whatever an error or a library object carries.
 */
function createLogger() {
  return pino({
    level: getServerEnv().LOG_LEVEL,
    base: { service: "belonging" },
    redact: {
      paths: [
        "req.headers.cookie",
        "req.headers.authorization",
        'res.headers["set-cookie"]',
        "*.email",
        "*.password",
        "*.token",
        "*.connectionString",
        // A pg error carries its client: connection parameters and the statements it prepared.
        "err.client",
        "error.client",
      ],
      censor: "[redacted]",
    },
  });
}

declare global {
  // One logger per process, shared by the compiled server and the app build it loads.
  var __belongingLogger: pino.Logger | undefined;
}

export const logger = (globalThis.__belongingLogger ??= createLogger());

export type Logger = pino.Logger;
