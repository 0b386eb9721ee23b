import pino from "pino";

/**
 * Structured JSON logs. Request-scoped children carry the request id; nothing personal
 * (emails, addresses, notes, cookies) is ever passed to a logger, and the redact list is a
 * second line of defence for headers.
 */
export const logger = pino({
  level: process.env.LOG_LEVEL ?? (process.env.NODE_ENV === "test" ? "silent" : "info"),
  base: { service: "belonging" },
  redact: {
    paths: ["req.headers.cookie", "req.headers.authorization", 'res.headers["set-cookie"]', "*.email", "*.password"],
    censor: "[redacted]",
  },
});

export type Logger = pino.Logger;
