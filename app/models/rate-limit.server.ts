import { prisma } from "~/utils/db.server";

/** At most `limit` hits per key in any `windowMs`. */
export type RateLimit = { limit: number; windowMs: number };

/**
 * When the first of `keys` that is over its limit frees up again, or null if none is.
 * A key is blocked while it has `limit` hits in the window; it frees up when the
 * `limit`-th newest of them leaves the window. One query for all keys.
 */
export async function rateLimitedUntil(keys: string[], { limit, windowMs }: RateLimit, now = new Date()): Promise<Date | null> {
  const hits = await prisma.rateLimitHit.findMany({
    where: { key: { in: keys }, createdAt: { gt: new Date(now.getTime() - windowMs) } },
    select: { key: true, createdAt: true },
    orderBy: { createdAt: "desc" },
  });
  let until: Date | null = null;
  for (const key of keys) {
    const limiting = hits.filter((hit) => hit.key === key)[limit - 1];
    if (!limiting) continue;
    const free = new Date(limiting.createdAt.getTime() + windowMs);
    if (!until || free > until) until = free;
  }
  return until;
}

/** Counts one hit against each key, and drops that key's hits that are out of the window. */
export async function recordRateLimitHit(keys: string[], { windowMs }: RateLimit, now = new Date()) {
  await prisma.$transaction([
    prisma.rateLimitHit.deleteMany({ where: { key: { in: keys }, createdAt: { lte: new Date(now.getTime() - windowMs) } } }),
    prisma.rateLimitHit.createMany({ data: keys.map((key) => ({ key, createdAt: now })) }),
  ]);
}

export async function clearRateLimit(key: string) {
  await prisma.rateLimitHit.deleteMany({ where: { key } });
}
