// Who made a piece: staff set its makers (one, or several for a collaboration) from the product
// screens; her name reaches the public only through her own consent; staff lists show her
// internal label; her staff page and her portal list her pieces with counts sold, never buyers.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { createMaker } from "../factories/maker.ts";
import { loader as adminMakerLoader } from "~/routes/admin.makers.$makerId";
import { action as editAction, loader as editLoader } from "~/routes/admin.products.$id";
import { loader as listLoader } from "~/routes/admin.products._index";
import { action as newAction } from "~/routes/admin.products.new";
import { loader as portalLoader } from "~/routes/maker._index";
import { action as previewAction, loader as previewLoader } from "~/routes/maker.preview";
import { loader as productLoader } from "~/routes/products.$handle";
import { action as checkoutAction } from "~/routes/checkout";
import { payTestCheckout } from "~/services/checkout.server";
import { prisma, recordQueries } from "~/utils/db.server";
import { STUDIO_CREDIT } from "~/utils/maker-profile";
import { createMakerWithAccount } from "../factories/maker.ts";
import { checkoutArgs, createCart } from "../factories/order.ts";
import { createProduct } from "../factories/product.ts";
import { createUser, requestArgs, respond, sessionCookieFor } from "../factories/user.ts";

let inventoryCookie: string;
let ownerCookie: string;

beforeAll(async () => {
  inventoryCookie = await sessionCookieFor((await createUser({ role: "INVENTORY" })).id);
  ownerCookie = await sessionCookieFor((await createUser({ role: "OWNER" })).id);
});

function productForm(makerIds: string[], fields: Record<string, string> = {}) {
  const form = new FormData();
  const base = {
    intent: "save",
    name: `Shared Thread Cuff ${randomUUID().slice(0, 6)}`,
    handle: "",
    category: "BRACELET",
    summary: "A cuff two makers finished together.",
    description: "Sawn by one maker, engraved by another.",
    materials: "Sterling silver.",
    care: "Polish with a soft cloth.",
    wagesShare: "40",
    materialsShare: "25",
    programShare: "20",
    operationsShare: "15",
    "variants.0.sku": `SC-${randomUUID().slice(0, 6)}`,
    "variants.0.metal": "Sterling silver",
    "variants.0.price": "64.00",
    ...fields,
  };
  for (const [key, value] of Object.entries(base)) form.set(key, value);
  for (const id of makerIds) form.append("makerIds", id);
  return form;
}

/** A maker and the internal label staff know her by. */
async function labelledMaker(prefix: string) {
  const internalLabel = `${prefix} ${randomUUID().slice(0, 4)}`;
  return { ...(await createMaker({ internalLabel })), internalLabel };
}

const makerIdsOf = async (productId: string) =>
  (await prisma.productMaker.findMany({ where: { productId }, orderBy: { position: "asc" }, select: { makerId: true } })).map((row) => row.makerId);

async function creditsOnPage(handle: string) {
  const response = await respond(() => productLoader(requestArgs(`/products/${handle}`, { params: { handle } })));
  return (await response.json()).product.credits as { name: string; href: string }[];
}

/** She approves her current draft for these fields, in her own portal. */
async function approve(account: Awaited<ReturnType<typeof createMakerWithAccount>>, fields: string[]) {
  const shown = (await (await respond(() => previewLoader(requestArgs("/maker/preview", { cookie: account.cookie })))).json()).draft;
  const form = new FormData();
  form.set("intent", "approve");
  form.set("versionId", shown.id);
  form.set("contentHash", shown.contentHash);
  for (const field of fields) form.append("fields", field);
  const response = await respond(() => previewAction(requestArgs("/maker/preview", { cookie: account.cookie, form })));
  expect(response.status).toBe(302);
}

describe("setting who made a piece", () => {
  it("the new-product form credits two makers, in order, and the audit log records it", async () => {
    const first = await labelledMaker("Beader");
    const second = await labelledMaker("Engraver");
    const form = productForm([second.id, first.id]);
    const response = await respond(() => newAction(requestArgs("/admin/products/new", { cookie: inventoryCookie, form })));
    expect(response.status).toBe(302);
    const id = /\/admin\/products\/([^?]+)/.exec(response.headers.get("Location") ?? "")![1]!;
    expect(await makerIdsOf(id)).toEqual([second.id, first.id]);
    const audit = await prisma.auditEvent.findFirstOrThrow({ where: { entityId: id, action: "product.created" } });
    expect((audit.after as { makerIds: string[] }).makerIds).toEqual([second.id, first.id]);

    // The editor offers every maker by her internal label and ticks the ones credited.
    const editor = await (await respond(() => editLoader(requestArgs(`/admin/products/${id}`, { cookie: inventoryCookie, params: { id } })))).json();
    expect(editor.product.makers.map((m: { makerId: string }) => m.makerId)).toEqual([second.id, first.id]);
    expect(editor.makers).toEqual(expect.arrayContaining([{ id: first.id, internalLabel: first.internalLabel, credited: false }]));
  });

  it("the editor changes the makers of a piece and can leave it with none", async () => {
    const product = await createProduct();
    const maker = await labelledMaker("Solderer");
    const variant = product.variants[0]!;
    const save = (makerIds: string[]) =>
      respond(() =>
        editAction(
          requestArgs(`/admin/products/${product.id}`, {
            cookie: inventoryCookie,
            params: { id: product.id },
            form: productForm(makerIds, {
              name: product.name,
              handle: product.handle,
              "variants.0.id": variant.id,
              "variants.0.sku": variant.sku,
              "variants.0.price": "48.00",
            }),
          }),
        ),
      );
    expect((await save([maker.id])).status).toBe(200);
    expect(await makerIdsOf(product.id)).toEqual([maker.id]);
    expect((await save([])).status).toBe(200);
    expect(await makerIdsOf(product.id)).toEqual([]);
  });

  it("refuses a maker that does not exist, and changes nothing", async () => {
    const product = await createProduct();
    const maker = await labelledMaker("Knotter");
    await prisma.productMaker.create({ data: { productId: product.id, makerId: maker.id } });
    const variant = product.variants[0]!;
    const response = await respond(() =>
      editAction(
        requestArgs(`/admin/products/${product.id}`, {
          cookie: inventoryCookie,
          params: { id: product.id },
          form: productForm([maker.id, "no-such-maker"], { name: "Renamed", handle: product.handle, "variants.0.id": variant.id, "variants.0.sku": variant.sku }),
        }),
      ),
    );
    expect(response.status).toBe(400);
    expect((await response.json()).errors.makerIds).toMatch(/no longer exists/);
    expect(await makerIdsOf(product.id)).toEqual([maker.id]);
    expect((await prisma.product.findUniqueOrThrow({ where: { id: product.id } })).name).toBe(product.name);
  });

  it("the products list filters by maker and shows her internal label, in two queries after the session", async () => {
    const maker = await labelledMaker("Filter maker");
    const hers = await createProduct();
    await createProduct();
    await prisma.productMaker.create({ data: { productId: hers.id, makerId: maker.id } });
    const { result, queries } = await recordQueries(() => listLoader(requestArgs(`/admin/products?makerId=${maker.id}`, { cookie: inventoryCookie })));
    expect(queries.length).toBeLessThanOrEqual(3);
    const data = await result.json();
    expect(data.products.map((p) => [p.id, p.makerLabels])).toEqual([[hers.id, [maker.internalLabel]]]);
    expect(data.makers).toContainEqual({ id: maker.id, internalLabel: maker.internalLabel });
  });
});

describe("her public credit", () => {
  it("appears on the piece only once she consents to her name on her pieces; a co-maker who did not stays unnamed", async () => {
    const account = await createMakerWithAccount();
    const quiet = await labelledMaker("Quiet");
    const product = await createProduct();
    await prisma.productMaker.createMany({ data: [{ productId: product.id, makerId: quiet.id, position: 0 }, { productId: product.id, makerId: account.maker.id, position: 1 }] });

    expect(await creditsOnPage(product.handle)).toEqual([]);
    // A consent without attribution does not name her on pieces either.
    await approve(account, ["displayName", "bio"]);
    expect(await creditsOnPage(product.handle)).toEqual([]);
    await approve(account, ["displayName", "bio", "attribution"]);
    expect(await creditsOnPage(product.handle)).toEqual([{ name: "Amani", href: `/makers/${account.maker.slug}` }]);

    // Staff see that she is named now, by her label; never her public name in staff lists.
    const editor = await (await respond(() => editLoader(requestArgs(`/admin/products/${product.id}`, { cookie: inventoryCookie, params: { id: product.id } })))).json();
    expect(editor.makers).toContainEqual({ id: account.maker.id, internalLabel: expect.stringMatching(/^Maker /), credited: true });
    expect(editor.makers).toContainEqual({ id: quiet.id, internalLabel: quiet.internalLabel, credited: false });
    expect(JSON.stringify(editor)).not.toContain("Amani");
  });

  it("the studio line replaces the old wording", () => {
    expect(STUDIO_CREDIT).toBe("Made in our studio by one of our makers");
  });
});

describe("her pieces", () => {
  it("her staff page and her portal list her pieces with how many sold, and nothing about who bought", async () => {
    const account = await createMakerWithAccount();
    const sold = await createProduct({ name: `Sold piece ${randomUUID().slice(0, 4)}`, variants: [{ price: 3000, onHand: 5 }] });
    const unsold = await createProduct({ name: `Unsold piece ${randomUUID().slice(0, 4)}`, status: "DRAFT" });
    const others = await createProduct();
    await prisma.productMaker.createMany({ data: [{ productId: sold.id, makerId: account.maker.id }, { productId: unsold.id, makerId: account.maker.id }] });

    // Two paid pieces in one order, and one order left unpaid, which does not count.
    const paid = await createCart([{ variantId: sold.variants[0]!.id, quantity: 2 }, { variantId: others.variants[0]!.id, quantity: 1 }]);
    await checkoutAction(checkoutArgs(paid.cookie));
    const order = await prisma.order.findFirstOrThrow({ where: { cartId: paid.cartId }, select: { stripeSessionId: true } });
    const address = { name: "Rosa Buyer", line1: "1 Quay", line2: null, city: "Cork", state: null, postalCode: "T12", country: "IE" };
    await payTestCheckout(order.stripeSessionId!, { email: "rosa.buyer@example.com", name: "Rosa Buyer", address, shippingAmount: 0 }, "http://localhost:3000");
    const unpaid = await createCart([{ variantId: sold.variants[0]!.id, quantity: 1 }]);
    await checkoutAction(checkoutArgs(unpaid.cookie));

    const expected = [
      { id: sold.id, name: sold.name, status: "PUBLISHED", sold: 2 },
      { id: unsold.id, name: unsold.name, status: "DRAFT", sold: 0 },
    ].sort((a, b) => a.name.localeCompare(b.name));

    const staffPage = await (
      await respond(() => adminMakerLoader(requestArgs(`/admin/makers/${account.maker.id}`, { cookie: ownerCookie, params: { makerId: account.maker.id } })))
    ).json();
    expect(staffPage.maker.pieces).toEqual(expected);

    const portal = await respond(() => portalLoader(requestArgs("/maker", { cookie: account.cookie })));
    const portalData = await portal.json();
    expect(portalData.pieces).toEqual(expected);
    expect(JSON.stringify(portalData)).not.toMatch(/rosa|Rosa|Cork/);
  });
});
