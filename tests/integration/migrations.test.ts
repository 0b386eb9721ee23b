import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { describe, expect, inject, it } from "vitest";
import { diffSchemas } from "../../scripts/lib/migration-sql.ts";
import { applyMigrations, readMigrations } from "../../scripts/lib/migrations.ts";
import { SCHEMA_PATH } from "../../scripts/lib/paths.ts";
import { withDatabaseName } from "../setup/global-setup.ts";

const serverUrl = inject("serverUrl");

async function createDatabase(name: string) {
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  return withDatabaseName(serverUrl, name);
}

async function query<T extends pg.QueryResultRow>(url: string, sql: string, values: unknown[] = []) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql, values)).rows;
  } finally {
    await client.end();
  }
}

/**
 * The parts of a catalog Prisma's schema describes. Hand-written SQL in migrations may add
 * CHECK constraints, functions and triggers (constraint triggers included) only; everything
 * else must come from the schema.
 */
async function catalog(url: string) {
  const [columns, indexes, constraints, enums] = await Promise.all([
    query(url, `SELECT table_name, column_name, data_type, udt_name, is_nullable, column_default, character_maximum_length
                FROM information_schema.columns WHERE table_schema = 'public' AND table_name <> '_prisma_migrations'
                ORDER BY table_name, column_name`),
    query(url, `SELECT tablename, indexname, indexdef FROM pg_indexes
                WHERE schemaname = 'public' AND tablename <> '_prisma_migrations' ORDER BY indexname`),
    query(url, `SELECT conrelid::regclass::text AS table_name, conname, contype, pg_get_constraintdef(oid) AS definition
                FROM pg_constraint WHERE connamespace = 'public'::regnamespace AND contype NOT IN ('c', 't')
                AND conrelid::regclass::text <> '_prisma_migrations' ORDER BY conname`),
    query(url, `SELECT t.typname, e.enumlabel, e.enumsortorder FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid
                ORDER BY t.typname, e.enumsortorder`),
  ]);
  return { columns, indexes, constraints, enums };
}

describe("migrations", () => {
  it("produce the same database as prisma/schema.prisma (no drift)", async () => {
    const migrated = await createDatabase("drift_migrated");
    const fromSchema = await createDatabase("drift_schema");
    await applyMigrations(migrated);
    await query(fromSchema, await diffSchemas(null, SCHEMA_PATH, fromSchema));

    const [expected, actual] = await Promise.all([catalog(fromSchema), catalog(migrated)]);
    expect(actual.columns).toEqual(expected.columns);
    expect(actual.indexes).toEqual(expected.indexes);
    expect(actual.constraints).toEqual(expected.constraints);
    expect(actual.enums).toEqual(expected.enums);
  });

  it("record each migration the way Prisma does, once", async () => {
    const url = await createDatabase("runner_records");
    const migrations = await readMigrations();
    expect(await applyMigrations(url)).toEqual(migrations.map((m) => m.name));
    expect(await applyMigrations(url)).toEqual([]);

    const rows = await query<{ migration_name: string; checksum: string; applied_steps_count: number; finished_at: Date | null }>(
      url,
      `SELECT migration_name, checksum, applied_steps_count, finished_at FROM "_prisma_migrations" ORDER BY migration_name`,
    );
    expect(rows.map((r) => [r.migration_name, r.checksum, r.applied_steps_count])).toEqual(
      migrations.map((m) => [m.name, m.checksum, 1]),
    );
    expect(rows.every((r) => r.finished_at instanceof Date)).toBe(true);
    expect(migrations[0]!.checksum).toMatch(/^[0-9a-f]{64}$/);
  });

  it("refuse a migration edited after it was applied, and roll back a failing one completely", async () => {
    const url = await createDatabase("runner_guards");
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), "migrations-"));
    const first = { name: "20260101000000_first", sql: "CREATE TABLE a (id int);", checksum: "a".repeat(64) };
    await applyMigrations(url, [first]);
    await expect(applyMigrations(url, [{ ...first, checksum: "b".repeat(64) }])).rejects.toThrow(/changed after it was applied/);

    const broken = { name: "20260102000000_broken", sql: "CREATE TABLE b (id int); SELECT no_such_function();", checksum: "c".repeat(64) };
    await expect(applyMigrations(url, [first, broken])).rejects.toThrow(/failed and was rolled back/);
    const tables = await query<{ table_name: string }>(url, `SELECT table_name FROM information_schema.tables WHERE table_name = 'b'`);
    expect(tables).toEqual([]);
    const fixed = { ...broken, sql: "CREATE TABLE b (id int);", checksum: "d".repeat(64) };
    expect(await applyMigrations(url, [first, fixed])).toEqual([fixed.name]);
    await fs.rm(dir, { recursive: true });
  });

  it("move each maker's label and private notes into her staff-only record, and off Maker", async () => {
    const url = await createDatabase("maker_staff_record");
    const migrations = await readMigrations();
    const split = migrations.findIndex((m) => m.name.endsWith("_maker_staff_record"));
    await applyMigrations(url, migrations.slice(0, split));
    await query(url, `INSERT INTO "Maker" (id, slug, "internalLabel", "privateNotes", "updatedAt")
                      VALUES ('m1', 'maker-1', 'Maker 014', 'Prefers mornings', now()), ('m2', 'maker-2', 'Maker 022', '', now())`);
    await applyMigrations(url, migrations);
    const records = await query(url, `SELECT "makerId", "internalLabel", "privateNotes" FROM "MakerStaffRecord" ORDER BY "makerId"`);
    expect(records).toEqual([
      { makerId: "m1", internalLabel: "Maker 014", privateNotes: "Prefers mornings" },
      { makerId: "m2", internalLabel: "Maker 022", privateNotes: "" },
    ]);
    const makerColumns = await query<{ column_name: string }>(
      url,
      `SELECT column_name FROM information_schema.columns WHERE table_name = 'Maker' ORDER BY column_name`,
    );
    expect(makerColumns.map((c) => c.column_name)).toEqual(["createdAt", "id", "slug", "updatedAt"]);
  });

  it("keep stock, every maker's staff record and consent history safe at the database level", async () => {
    const url = process.env.DATABASE_URL!;
    await query(url, `INSERT INTO "Product" (id, handle, name, category, summary, description, materials, care, "updatedAt")
                      VALUES ('p', 'p', 'P', 'RING', '', '', '', '', now())`);
    const insertVariant = (onHand: number, reserved: number) =>
      query(url, `INSERT INTO "ProductVariant" (id, "productId", sku, title, metal, price, "onHand", reserved, "updatedAt")
                  VALUES ('v${onHand}${reserved}', 'p', 's${onHand}${reserved}', 't', 'm', 100, $1, $2, now())`, [onHand, reserved]);
    await expect(insertVariant(-1, 0)).rejects.toThrow(/ProductVariant_onHand_nonnegative/);
    await expect(insertVariant(1, 2)).rejects.toThrow(/ProductVariant_reserved_within_onHand/);
    await expect(insertVariant(2, 2)).resolves.toEqual([]);
    await expect(query(url, `INSERT INTO "Maker" (id, slug, "updatedAt") VALUES ('m0', 'm0', now())`)).rejects.toThrow(/has no staff record/);
    await query(url, `BEGIN; INSERT INTO "Maker" (id, slug, "updatedAt") VALUES ('m1', 'm1', now());
                      INSERT INTO "MakerStaffRecord" ("makerId", "internalLabel", "updatedAt") VALUES ('m1', 'Maker 1', now()); COMMIT`);
    await expect(query(url, `DELETE FROM "MakerStaffRecord" WHERE "makerId" = 'm1'`)).rejects.toThrow(/has no staff record/);
    await query(url, `INSERT INTO "ConsentEvent" (id, "makerId", action, fields) VALUES ('e1', 'm1', 'GRANTED', '{bio}')`);
    await expect(query(url, `UPDATE "ConsentEvent" SET fields = '{}' WHERE id = 'e1'`)).rejects.toThrow(/append-only/);
    await expect(query(url, `DELETE FROM "ConsentEvent" WHERE id = 'e1'`)).rejects.toThrow(/append-only/);
    await expect(query(url, `TRUNCATE "ConsentEvent" CASCADE`)).rejects.toThrow(/append-only/);
  });
});
