import { readdirSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { Role } from "~/generated/prisma/client";
import { prisma } from "~/utils/db.server";
import { ALL_ROLES, type AdminArea, PERMISSIONS } from "~/utils/permissions";
import { createArticle } from "../factories/article.ts";
import { createCollection } from "../factories/collection.ts";
import { createProduct } from "../factories/product.ts";
import { createUser, requestArgs, respond, sessionCookieFor } from "../factories/user.ts";

// Every admin route module, read from the routes folder, so a new one cannot be left out.
const ROUTES_DIR = path.resolve(import.meta.dirname, "../../app/routes");
const adminRouteFiles = readdirSync(ROUTES_DIR)
  .filter((file) => /^admin(\.|\[|$)/.test(file) && /\.tsx?$/.test(file) && !file.includes(".test."))
  .sort();

/** The area each admin route belongs to; a route missing here fails the test below. */
const ROUTE_AREAS: Record<string, AdminArea> = {
  "admin.tsx": "dashboard",
  "admin._index.tsx": "dashboard",
  "admin.staff.tsx": "staff",
  "admin.audit.tsx": "audit",
  "admin.products._index.tsx": "products",
  "admin.products.new.tsx": "products",
  "admin.products.$id.tsx": "products",
  "admin.products.$id_.images.tsx": "products",
  "admin.inventory._index.tsx": "inventory",
  "admin.inventory.$variantId.tsx": "inventory",
  "admin.inventory.import.tsx": "inventory",
  "admin.inventory[.]csv.ts": "inventory",
  "admin.makers._index.tsx": "makers",
  "admin.makers.new.tsx": "makers",
  "admin.makers.$makerId.tsx": "makers",
  "admin.makers.$makerId_.photo.$file.ts": "makers",
  "admin.orders._index.tsx": "orders",
  "admin.orders.$orderId.tsx": "orders",
  "admin.orders.$orderId_.packing-slip.tsx": "orders",
  "admin.mailbox.tsx": "orders",
  "admin.journal._index.tsx": "journal",
  "admin.journal.new.tsx": "journal",
  "admin.journal.$articleId.tsx": "journal",
  "admin.collections._index.tsx": "collections",
  "admin.collections.new.tsx": "collections",
  "admin.collections.$collectionId.tsx": "collections",
};

type RouteModule = {
  loader?: (args: ReturnType<typeof requestArgs>) => Promise<Response>;
  action?: (args: ReturnType<typeof requestArgs>) => Promise<Response>;
};

/** "admin.products.$id_.images.tsx" → "/admin/products/<id>/images", with its params. */
function urlFor(file: string, values: Record<string, string>) {
  const params: Record<string, string> = {};
  const segments = file
    .replace(/\.tsx?$/, "")
    .replaceAll("[.]", "\u0000")
    .split(".")
    .filter((segment) => segment !== "_index")
    .map((segment) => segment.replace(/_$/, "").replaceAll("\u0000", "."))
    .map((segment) => {
      if (!segment.startsWith("$")) return segment;
      const name = segment.slice(1);
      const value = values[name];
      if (!value) throw new Error(`The role matrix has no value for the route parameter "${name}" of ${file}.`);
      params[name] = value;
      return value;
    });
  return { url: `/${segments.join("/")}`, params };
}

const who: (Role | "anonymous")[] = ["anonymous", ...ALL_ROLES];
const cookies: Partial<Record<Role, string>> = {};
const paramValues: Record<string, string> = {};

beforeAll(async () => {
  for (const role of ALL_ROLES) cookies[role] = await sessionCookieFor((await createUser({ role })).id);
  const product = await createProduct();
  paramValues.id = product.id;
  paramValues.variantId = product.variants[0]!.id;
  paramValues.makerId = (await prisma.maker.create({ data: { slug: "matrix-maker", staffRecord: { create: { internalLabel: "Matrix maker" } } } })).id;
  paramValues.file = "640.jpg";
  paramValues.articleId = (await createArticle()).id;
  paramValues.collectionId = (await createCollection()).id;
  paramValues.orderId = (
    await prisma.order.create({
      data: { token: "matrix-order-token", provider: "TEST", currency: "USD", subtotal: 4800, total: 4800, expiresAt: new Date() },
    })
  ).id;
});

describe("the role matrix", () => {
  it("knows the area of every admin route, and makers have none", () => {
    expect(adminRouteFiles.length).toBeGreaterThanOrEqual(10);
    expect(adminRouteFiles.filter((file) => !(file in ROUTE_AREAS))).toEqual([]);
    for (const roles of Object.values(PERMISSIONS)) expect(roles).not.toContain("MAKER");
  });

  for (const file of adminRouteFiles) {
    describe(file, () => {
      for (const person of who) {
        const allowed = person !== "anonymous" && (PERMISSIONS[ROUTE_AREAS[file]!] as readonly Role[]).includes(person);
        const verdict = person === "anonymous" ? "goes to sign-in" : allowed ? "is allowed" : "gets 403";

        it(`${person} ${verdict}`, async () => {
          const mod = (await import(path.join(ROUTES_DIR, file))) as RouteModule;
          expect(mod.loader, `${file} must have a loader that checks the role`).toBeTypeOf("function");
          const { url, params } = urlFor(file, paramValues);
          const cookie = person === "anonymous" ? undefined : cookies[person];
          const calls: [string, () => Promise<Response>][] = [["loader", () => mod.loader!(requestArgs(url, { cookie, params }))]];
          if (mod.action) {
            // An empty form: allowed roles get a validation answer, never a change.
            calls.push(["action", () => mod.action!(requestArgs(url, { cookie, params, form: { intent: "" } }))]);
          }
          for (const [kind, call] of calls) {
            const response = await respond(call);
            const where = `${kind} of ${file} for ${person}`;
            if (person === "anonymous") {
              expect(response.status, where).toBe(302);
              expect(response.headers.get("Location"), where).toBe(`/login?${new URLSearchParams({ redirectTo: url })}`);
            } else if (!allowed) {
              expect(response.status, where).toBe(403);
            } else {
              expect(response.status, where).not.toBe(403);
              expect(response.headers.get("Location") ?? "", where).not.toMatch(/^\/login/);
              expect(response.status, where).toBeLessThan(500);
              // A page answers 200; a resource route (.ts) may have nothing to serve (404).
              if (kind === "loader" && file.endsWith(".tsx")) expect(response.status, where).toBe(200);
            }
            expect(response.headers.get("Cache-Control"), where).toBe("private, no-store");
          }
        });
      }
    });
  }
});
