import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "~/generated/prisma/client";
import { getEnv } from "~/utils/env.server";

declare global {
  // One client per process, also across dev rebuilds.
  var __prisma: PrismaClient | undefined;
}

function createClient() {
  const env = getEnv();
  const adapter = new PrismaPg({ connectionString: env.DATABASE_URL, max: env.DATABASE_POOL_SIZE });
  return new PrismaClient({ adapter });
}

export const prisma: PrismaClient = (globalThis.__prisma ??= createClient());

export async function disconnectDatabase() {
  await prisma.$disconnect();
  globalThis.__prisma = undefined;
}
