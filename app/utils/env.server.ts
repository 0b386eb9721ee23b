import { z } from "zod";

/**
 * Every environment variable the app reads, validated once at start. A missing or malformed
 * one stops the process with a message naming it. Documented in .env.example.
 */
const serverSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  /** Unset: npm start and the tests start an embedded PostgreSQL and set it for the app. */
  DATABASE_URL: z.string().regex(/^postgres(ql)?:\/\//, "must be a postgresql:// connection string").optional(),
  /** Unset: info, and nothing in tests. */
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).optional(),
  /**
   * How many proxies (load balancer, CDN) stand in front of the shop. Their X-Forwarded-For
   * entries are believed, from the right, that many hops; the client address is the one
   * before them. 0: the connection's own address, whatever a client writes in that header.
   */
  TRUST_PROXY: z.coerce.number().int().min(0).max(10).default(0),
  /** Where npm start keeps its local data (database, uploads, secrets). Default: .data */
  BELONGING_DATA_DIR: z.string().min(1).optional(),
});

const schema = serverSchema
  .extend({
    /** Public origin of the shop, used for canonical URLs, emails and CSRF origin checks. */
    SHOP_URL: z.string().url().optional(),
    DATABASE_URL: z
      .string({ required_error: "is required (npm start and the tests set it for their embedded PostgreSQL)" })
      .regex(/^postgres(ql)?:\/\//, "must be a postgresql:// connection string"),
    DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
    /** A request's transaction that waited longer than this for a pooled connection is not begun: 503. */
    DATABASE_TX_WAIT_MS: z.coerce.number().int().min(50).max(120_000).default(30_000),
    /** How long a request's transaction may run before it is rolled back. */
    DATABASE_TX_TIMEOUT_MS: z.coerce.number().int().min(100).max(300_000).default(30_000),
    SESSION_SECRET: z.string().min(32, "must be at least 32 characters").optional(),
    SHOP_CURRENCY: z
      .string()
      .regex(/^[A-Z]{3}$/, "must be an ISO 4217 code such as USD")
      .default("USD"),
    /** The shop's own time zone: back-office times are shown and entered in it, and stored in UTC. */
    SHOP_TIMEZONE: z
      .string()
      .refine((zone) => {
        try {
          new Intl.DateTimeFormat("en-US", { timeZone: zone });
          return true;
        } catch {
          return false;
        }
      }, "must be an IANA time zone such as America/Los_Angeles")
      .default("America/Los_Angeles"),
    UPLOADS_DIR: z.string().min(1).optional(),
    STRIPE_SECRET_KEY: z.string().startsWith("sk_", "must start with sk_").optional(),
    STRIPE_WEBHOOK_SECRET: z.string().startsWith("whsec_", "must start with whsec_").optional(),
    STRIPE_API_BASE: z.string().url().optional(),
    SMTP_URL: z.string().regex(/^smtps?:\/\//, "must be an smtp:// or smtps:// URL").optional(),
    MAIL_FROM: z.string().min(3).default("Belonging <hello@belonging.example>"),
    /** How long a maker's consent lasts before she is asked again; three years at most. */
    MAKER_CONSENT_DAYS: z.coerce.number().int().min(1).max(1095).default(1095),
    /** A maker is signed out after this many hours without using her portal (staff: 7 days). */
    MAKER_SESSION_IDLE_HOURS: z.coerce.number().int().min(1).max(168).default(12),
    /** Where "Leave quickly" in the maker portal goes: a neutral page on another site. */
    MAKER_LEAVE_URL: z.string().url().default("https://www.google.com/"),
    /** The demo owner account the seed creates; generated when unset. */
    SEED_ADMIN_EMAIL: z.string().email().optional(),
    SEED_ADMIN_PASSWORD: z.string().min(12, "must be at least 12 characters").optional(),
    /** Set only by `npm run bench`: opens /bench/floor, the benchmark's no-data baseline page. */
    BELONGING_BENCH: z.literal("1").optional(),
    /** Set only by the benchmark: the Prisma client emits an event per SQL statement, to count them. */
    COUNT_QUERIES: z.literal("1").optional(),
  })
  .superRefine((env, ctx) => {
    if (Boolean(env.STRIPE_SECRET_KEY) !== Boolean(env.STRIPE_WEBHOOK_SECRET)) {
      const missing = env.STRIPE_SECRET_KEY ? "STRIPE_WEBHOOK_SECRET" : "STRIPE_SECRET_KEY";
      ctx.addIssue({ code: "custom", path: [missing], message: "is required with the other Stripe key (set both, or neither for the test provider)" });
    }
    if (env.NODE_ENV !== "production") return;
    for (const key of ["SESSION_SECRET", "SHOP_URL"] as const) {
      if (!env[key]) ctx.addIssue({ code: "custom", path: [key], message: "is required in production" });
    }
    // The built-in test payment provider and the staff-only mailbox are for development.
    for (const key of ["STRIPE_SECRET_KEY", "STRIPE_WEBHOOK_SECRET"] as const) {
      if (!env[key]) ctx.addIssue({ code: "custom", path: [key], message: "is required in production: payments go through Stripe" });
    }
    if (!env.SMTP_URL) ctx.addIssue({ code: "custom", path: ["SMTP_URL"], message: "is required in production: order emails are sent through it" });
  });

export type Env = z.infer<typeof schema> & { SESSION_SECRET: string; UPLOADS_DIR: string; LOG_LEVEL: LogLevel };
export type ServerEnv = z.infer<typeof serverSchema> & { LOG_LEVEL: LogLevel };
type LogLevel = NonNullable<z.infer<typeof serverSchema>["LOG_LEVEL"]>;

let cached: Env | undefined;

export class InvalidEnvironmentError extends Error {
  constructor(public problems: string[]) {
    super(`Invalid environment:\n${problems.map((p) => `  - ${p}`).join("\n")}\nSee .env.example.`);
  }
}

function parseWith<T extends z.ZodTypeAny>(schema: T, source: Record<string, string | undefined>): z.infer<T> {
  const result = schema.safeParse(source);
  if (!result.success) {
    throw new InvalidEnvironmentError(
      result.error.issues.map((issue) => `${issue.path.join(".") || "environment"} ${issue.message}`),
    );
  }
  return result.data as z.infer<T>;
}

const defaultLogLevel = (env: { NODE_ENV: string; LOG_LEVEL?: LogLevel }): LogLevel => env.LOG_LEVEL ?? (env.NODE_ENV === "test" ? "silent" : "info");

/**
 * What the HTTP server needs before the database exists (npm start starts an embedded one and
 * only then sets DATABASE_URL): the app's variables are checked once the build is loaded.
 */
export function parseServerEnv(source: Record<string, string | undefined>): ServerEnv {
  const env = parseWith(serverSchema, source);
  return { ...env, LOG_LEVEL: defaultLogLevel(env) };
}

export function parseEnv(source: Record<string, string | undefined>): Env {
  const env = parseWith(schema, source);
  return {
    ...env,
    LOG_LEVEL: defaultLogLevel(env),
    // Outside production the start scripts generate a secret and keep it in .data; this
    // fallback only serves code run outside them (a test importing a module directly).
    SESSION_SECRET: env.SESSION_SECRET ?? "development-only-secret-not-for-production-use",
    UPLOADS_DIR: env.UPLOADS_DIR ?? `${process.cwd()}/.data/uploads`,
  };
}

/** The server's variables, read now (the start scripts set some of them as they go). */
export function getServerEnv(): ServerEnv {
  return parseServerEnv(process.env);
}

/** The validated environment; the first call validates process.env. */
export function getEnv(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}

/** Values the browser may see. Never add a secret here. */
export function getPublicEnv() {
  const env = getEnv();
  return { SHOP_CURRENCY: env.SHOP_CURRENCY };
}
