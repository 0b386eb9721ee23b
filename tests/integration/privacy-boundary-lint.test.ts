// The privacy boundary is a lint rule (eslint.config.js, eslint/boundaries.js). These cases run
// ESLint's Node API on source text placed at real paths, so each one proves the rule catches
// (or allows) that import in that place, whether written with the alias or a relative path.
import { ESLint } from "eslint";
import { beforeAll, describe, expect, it } from "vitest";

let eslint: ESLint;

beforeAll(() => {
  eslint = new ESLint({ cwd: process.cwd() });
});

/** The boundary rules that fail on `code` placed at `filePath`. */
async function boundaryErrors(filePath: string, code: string) {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.filter((message) => message.ruleId?.startsWith("belonging/") || message.fatal).map((message) => message.ruleId ?? message.message);
}

const PUBLIC_ROUTE = "app/routes/makers.$slug.tsx";

describe("a public page may not import any model but the public ones", () => {
  const refused: [string, string][] = [
    ["the back office's maker model", `import { getMakerForStaff } from "~/models/admin-makers.server";`],
    ["the maker model, relatively", `import { saveDraft } from "../models/maker.server";`],
    ["the portal account model, with an extension", `import { issueMakerInvitation } from "../models/maker-account.server.ts";`],
    ["a back-office type", `import type { StaffMaker } from "~/models/admin-makers.server";`],
    ["a re-export", `export { listMakersForStaff } from "~/models/admin-makers.server";`],
    ["a dynamic import", `export async function loader() { return (await import("~/models/admin-makers.server")).listMakersForStaff(); }`],
    ["a model nobody has listed as public yet", `import { anything } from "~/models/new-feature.server";`],
    ["the audit log's reader", `import { listAuditEvents } from "~/models/admin-audit.server";`],
    ["a back-office service", `import { refundOrder } from "~/services/order-admin.server";`],
    ["the database client, relatively", `import { prisma } from "../utils/db.server";`],
  ];
  for (const [what, code] of refused) {
    it(`refuses ${what}`, async () => {
      expect(await boundaryErrors(PUBLIC_ROUTE, code)).toEqual(["belonging/allowed-imports"]);
    });
  }

  it("refuses them in public components and the document shell too", async () => {
    const code = `import { getMakerForStaff } from "../models/admin-makers.server";`;
    expect(await boundaryErrors("app/components/maker-profile.tsx", code)).toEqual(["belonging/allowed-imports"]);
    expect(await boundaryErrors("app/components/new-card.tsx", `import { saveDraft } from "../models/maker.server";`)).toEqual(["belonging/allowed-imports"]);
    expect(await boundaryErrors("app/root.tsx", `import { saveDraft } from "./models/maker.server";`)).toEqual(["belonging/allowed-imports"]);
    expect(await boundaryErrors("app/routes/a-new-public-page.tsx", `import { saveDraft } from "~/models/maker.server";`)).toEqual(["belonging/allowed-imports"]);
  });

  it("allows the public maker model and the other public ones, by alias or relative path", async () => {
    const code = [
      `import { getPublicMaker } from "~/models/public-maker.server";`,
      `import { listPublicMakerSlugs } from "../models/public-maker.server";`,
      `import { getPublishedProduct } from "~/models/product.server";`,
      `import { startCheckout } from "~/services/checkout.server";`,
    ].join("\n");
    expect(await boundaryErrors(PUBLIC_ROUTE, code)).toEqual([]);
  });

  it("lets the back office and the maker's portal use the full maker models, but not the database client", async () => {
    const code = `import { listMakersForStaff } from "~/models/admin-makers.server";\nimport { saveDraft } from "../models/maker.server";`;
    expect(await boundaryErrors("app/routes/admin.makers._index.tsx", code)).toEqual([]);
    expect(await boundaryErrors("app/routes/maker.edit.tsx", code)).toEqual([]);
    expect(await boundaryErrors("app/routes/admin.makers._index.tsx", `import { prisma } from "~/utils/db.server";`)).toEqual(["belonging/allowed-imports"]);
  });
});

describe("what public pages reach is held to the same lists", () => {
  it("a public model may not import a non-public one, relative sibling imports included", async () => {
    expect(await boundaryErrors("app/models/product.server.ts", `import { getMakerForStaff } from "./admin-makers.server";`)).toEqual(["belonging/allowed-imports"]);
    expect(await boundaryErrors("app/models/search.server.ts", `import { saveDraft } from "~/models/maker.server";`)).toEqual(["belonging/allowed-imports"]);
    expect(await boundaryErrors("app/models/product.server.ts", `import { toPublicAttribution } from "./public-maker.server";`)).toEqual([]);
  });

  it("so do the services and helpers public pages use", async () => {
    expect(await boundaryErrors("app/services/checkout.server.ts", `import { recordRefund } from "~/models/admin-orders.server";`)).toEqual(["belonging/allowed-imports"]);
    expect(await boundaryErrors("app/utils/seo.ts", `import { saveDraft } from "../models/maker.server";`)).toEqual(["belonging/allowed-imports"]);
  });
});

describe("only back-office models may name a maker's staff-only record", () => {
  const select = `export const select = { maker: { select: { staffRecord: { select: { internalLabel: true, privateNotes: true } } } } };`;
  const sql = 'export const q = (db: any) => db.$queryRaw`SELECT "internalLabel" FROM "MakerStaffRecord"`;';
  const client = `export const f = (db: any) => db.makerStaffRecord.findMany();`;

  it("refuses it in a public model, the maker model, a route or a component", async () => {
    for (const file of ["app/models/product.server.ts", "app/models/new-feature.server.ts", "app/models/maker.server.ts", PUBLIC_ROUTE, "app/components/maker-profile.tsx"]) {
      for (const code of [select, sql, client]) {
        expect(await boundaryErrors(file, code), `${file}: ${code}`).toContain("belonging/no-staff-record");
      }
    }
  });

  it("allows it in the back office's models", async () => {
    for (const code of [select, sql, client]) {
      expect(await boundaryErrors("app/models/admin-makers.server.ts", code)).toEqual([]);
    }
  });
});

describe("other models reach maker data only through the maker models", () => {
  const NEW_MODEL = "app/models/new-feature.server.ts";
  const refused: [string, string][] = [
    ["her staff-only fields through a product's maker", `export const s = { maker: { select: { internalLabel: true, privateNotes: true } } };`],
    ["her drafts through a product's maker", `export const s = { maker: { select: { slug: true, versions: { select: { bio: true } } } } };`],
    ["her consents through an include", `export const s = { include: { maker: { include: { consents: true } } } };`],
    ["a maker table through the client", `export const f = (db: any) => db.makerProfileVersion.findMany();`],
    ["a maker table in SQL", 'export const q = (db: any) => db.$queryRaw`SELECT bio FROM "MakerProfileVersion"`;'],
  ];
  for (const [what, code] of refused) {
    it(`refuses ${what}`, async () => {
      expect(await boundaryErrors(NEW_MODEL, code)).toContain("belonging/maker-data");
      expect(await boundaryErrors("app/models/collection.server.ts", code)).toContain("belonging/maker-data");
    });
  }

  it("allows her public slug, and the public maker model's own selects", async () => {
    expect(await boundaryErrors(NEW_MODEL, `export const s = { maker: { select: { slug: true } } };`)).toEqual([]);
    const publicMaker = `export const s = { consents: { select: { version: { select: { bio: true } } } } };\nexport const f = (db: any) => db.makerConsent.findMany();`;
    expect(await boundaryErrors("app/models/public-maker.server.ts", publicMaker)).toEqual([]);
  });
});
