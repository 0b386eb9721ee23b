import { prisma, transaction } from "~/utils/db.server";

/** At most `limit` hits per key in a window of `windowMs`, counted from the key's first hit. */
export type RateLimitWindow = { limit: number; windowMs: number };

export type RateLimitDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/**
 * Counts one hit against every key and decides, in one statement: each key's counter is
 * incremented (or started again once its window is over) by INSERT … ON CONFLICT DO UPDATE,
 * which takes the row's lock, so concurrent hits are counted one after another and exactly
 * `limit` of them are allowed. Refused when any key is over its limit. It runs with a request's
 * wait limits: when the database is too busy, the request is answered 503 before anything else.
 */
export async function hitRateLimit(keys: string[], { limit, windowMs }: RateLimitWindow): Promise<RateLimitDecision> {
  const counters = await transaction((tx) => tx.$queryRaw<{ hits: number; resetAt: Date }[]>`
    INSERT INTO "RateLimitCounter" ("key", "hits", "resetAt")
    SELECT key, 1, now() + ${windowMs} * interval '1 millisecond' FROM unnest(${keys}::text[]) AS key
    ON CONFLICT ("key") DO UPDATE SET
      "hits" = CASE WHEN "RateLimitCounter"."resetAt" <= now() THEN 1 ELSE "RateLimitCounter"."hits" + 1 END,
      "resetAt" = CASE WHEN "RateLimitCounter"."resetAt" <= now() THEN EXCLUDED."resetAt" ELSE "RateLimitCounter"."resetAt" END
    RETURNING "hits", "resetAt"`);
  const over = counters.filter((counter) => counter.hits > limit);
  if (!over.length) return { allowed: true };
  const freeAt = Math.max(...over.map((counter) => counter.resetAt.getTime()));
  return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((freeAt - Date.now()) / 1000)) };
}

/** Gives one hit back to each key (a sign-in that succeeded does not count against anyone). */
export async function refundRateLimit(keys: string[]) {
  await prisma.rateLimitCounter.updateMany({ where: { key: { in: keys }, hits: { gt: 0 } }, data: { hits: { decrement: 1 } } });
}

export async function clearRateLimit(key: string) {
  await prisma.rateLimitCounter.deleteMany({ where: { key } });
}

/** Counters whose window is over hold nothing; the next hit would start them again anyway. */
export async function deleteExpiredRateLimits(now = new Date()) {
  const { count } = await prisma.rateLimitCounter.deleteMany({ where: { resetAt: { lte: now } } });
  return count;
}
