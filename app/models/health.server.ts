import { prisma } from "~/utils/db.server";

/** True when the database answers a trivial query within the timeout. */
export async function databaseIsHealthy(timeoutMs = 2_000): Promise<boolean> {
  const timeout = new Promise<false>((resolve) => setTimeout(() => resolve(false), timeoutMs).unref());
  const query = prisma.$queryRaw`SELECT 1`.then(() => true as const, () => false as const);
  return Promise.race([query, timeout]);
}
