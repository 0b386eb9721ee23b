import sharp from "sharp";
import { beforeAll, describe, expect, it } from "vitest";
import { action as editAction, loader as editLoader } from "~/routes/admin.collections.$collectionId";
import { loader as listLoader } from "~/routes/admin.collections._index";
import { action as newAction } from "~/routes/admin.collections.new";
import { prisma, recordQueries } from "~/utils/db.server";
import { createCollection } from "../factories/collection.ts";
import { createProduct } from "../factories/product.ts";
import { createUser, requestArgs, respond, sessionCookieFor } from "../factories/user.ts";

let cookie: string;
let editorId: string;

beforeAll(async () => {
  const editor = await createUser({ role: "EDITOR" });
  editorId = editor.id;
  cookie = await sessionCookieFor(editor.id);
});

function collectionForm(fields: Record<string, string> = {}, hero?: File) {
  const form = new FormData();
  const base: Record<string, string> = {
    intent: "save",
    title: "Gifts for a new home",
    handle: "",
    intro: "Pieces chosen for a first home.",
    priceMin: "",
    priceMax: "",
    priceLabel: "",
    heroAlt: "",
    ...fields,
  };
  for (const [key, value] of Object.entries(base)) form.set(key, value);
  if (hero) form.set("heroImage", hero);
  return form;
}

const create = (form: FormData) => respond(() => newAction(requestArgs("/admin/collections/new", { cookie, form })));
const edit = (id: string, form: FormData | Record<string, string>) =>
  respond(() => editAction(requestArgs(`/admin/collections/${id}`, { cookie, form, params: { collectionId: id } })));
const errorsOf = async (response: Response) => ((await response.json()) as { errors: Record<string, string> }).errors;

async function heroPng(width = 1920, height = 1080) {
  return new File([new Uint8Array(await sharp({ create: { width, height, channels: 3, background: "#8a6d52" } }).png().toBuffer())], "hero.png", {
    type: "image/png",
  });
}

const order = async (collectionId: string) =>
  (await prisma.collectionProduct.findMany({ where: { collectionId }, orderBy: { position: "asc" } })).map((row) => row.productId);

describe("creating a collection", () => {
  it("creates a draft with an exact price band, gift flag and hero, and records who did it", async () => {
    const response = await create(
      collectionForm({ title: "Under fifty", priceMin: "0", priceMax: "50.00", priceLabel: "Under $50", isGift: "on", heroAlt: "Bracelets on linen" }, await heroPng()),
    );
    expect(response.status).toBe(302);
    const id = /\/admin\/collections\/([^?]+)/.exec(response.headers.get("Location")!)![1]!;
    const collection = await prisma.collection.findUniqueOrThrow({ where: { id } });
    expect(collection).toMatchObject({ handle: "under-fifty", status: "DRAFT", priceMin: 0, priceMax: 5000, priceLabel: "Under $50", isGift: true });
    expect(collection.heroImageKey).toBeTruthy();
    expect(await prisma.auditEvent.findFirstOrThrow({ where: { entityType: "Collection", entityId: id } })).toMatchObject({
      action: "collection.created",
      actorId: editorId,
    });
  });

  it.each([
    ["an empty title", { title: "" }, "title"],
    ["an empty introduction", { intro: " " }, "intro"],
    ["a handle with spaces", { handle: "two words" }, "handle"],
    ["a price that is not an amount", { priceMax: "fifty" }, "priceMax"],
    ["a price with too many decimals", { priceMin: "10.005" }, "priceMin"],
    ["a band whose lower end is above its upper end", { priceMin: "80.00", priceMax: "50.00" }, "priceMax"],
    ["an empty band", { priceMin: "50", priceMax: "50.00" }, "priceMax"],
  ])("refuses %s next to the field, keeps the input and saves nothing", async (_case, fields, field) => {
    const before = await prisma.collection.count();
    const response = await create(collectionForm({ title: "Kept", ...fields }));
    expect(response.status).toBe(400);
    const body = (await response.json()) as { errors: Record<string, string>; values: Record<string, string> };
    expect(body.errors[field]).toBeTruthy();
    expect(body.values.intro).toBe((fields as { intro?: string }).intro ?? "Pieces chosen for a first home.");
    expect(await prisma.collection.count()).toBe(before);
  });

  it("refuses a taken handle, a file that is not an image and a hero without a description", async () => {
    const taken = await createCollection({ handle: "taken-handle" });
    const before = await prisma.collection.count();
    expect((await errorsOf(await create(collectionForm({ handle: taken.handle })))).handle).toMatch(/already used/);
    const fake = new File([new TextEncoder().encode("GIF89a but not really")], "hero.png", { type: "image/png" });
    expect((await errorsOf(await create(collectionForm({ handle: "fake-hero", heroAlt: "A hero" }, fake)))).heroImage).toBeTruthy();
    expect((await errorsOf(await create(collectionForm({ handle: "silent-hero" }, await heroPng())))).heroAlt).toBeTruthy();
    expect(await prisma.collection.count()).toBe(before);
  });
});

describe("editing a collection", () => {
  it("loads the editor in three queries (session, collection with its pieces, pieces to add)", async () => {
    const collection = await createCollection({ productIds: [(await createProduct()).id] });
    const { result, queries } = await recordQueries(() =>
      editLoader(requestArgs(`/admin/collections/${collection.id}`, { cookie, params: { collectionId: collection.id } })),
    );
    expect(result.status).toBe(200);
    expect(queries.length).toBeLessThanOrEqual(3);
    const data = (await result.json()) as { collection: { priceMin: string } };
    expect(data.collection.priceMin).toBe("");
  });

  it("saves fields with before and after in the audit log; a refused save changes nothing", async () => {
    const collection = await createCollection({ handle: "edit-me" });
    const ok = await edit(collection.id, collectionForm({ title: "Edited", handle: "edit-me", heroAlt: "Rings on stone", priceMin: "20", priceMax: "" }));
    expect(ok.status).toBe(200);
    expect(await prisma.collection.findUniqueOrThrow({ where: { id: collection.id } })).toMatchObject({ title: "Edited", priceMin: 2000, priceMax: null });
    const audit = await prisma.auditEvent.findFirstOrThrow({ where: { entityId: collection.id, action: "collection.updated" } });
    expect(audit.before).toMatchObject({ title: collection.title, priceMin: null });
    expect(audit.after).toMatchObject({ title: "Edited", priceMin: 2000 });

    const other = await createCollection({ handle: "someone-elses" });
    const refused = await edit(collection.id, collectionForm({ title: "Again", handle: other.handle, heroAlt: "Rings on stone" }));
    expect(refused.status).toBe(400);
    expect(await prisma.collection.findUniqueOrThrow({ where: { id: collection.id } })).toMatchObject({ title: "Edited", handle: "edit-me" });
  });

  it("publishes, unpublishes and archives, each recorded", async () => {
    const collection = await createCollection({ status: "DRAFT" });
    for (const status of ["PUBLISHED", "DRAFT", "ARCHIVED"]) {
      expect((await edit(collection.id, { intent: "status", status })).status).toBe(200);
      expect((await prisma.collection.findUniqueOrThrow({ where: { id: collection.id } })).status).toBe(status);
    }
    expect(await prisma.auditEvent.count({ where: { entityId: collection.id, action: "collection.status_changed" } })).toBe(3);
    expect((await edit(collection.id, { intent: "status", status: "GONE" })).status).toBe(400);
  });

  it("adds, moves and removes hand-picked pieces in order", async () => {
    const [a, b, c] = [await createProduct(), await createProduct(), await createProduct()];
    const collection = await createCollection({ productIds: [a.id, b.id] });
    expect((await edit(collection.id, { intent: "add", productId: c.id })).status).toBe(200);
    expect(await order(collection.id)).toEqual([a.id, b.id, c.id]);
    await edit(collection.id, { intent: "move", productId: c.id, direction: "up" });
    expect(await order(collection.id)).toEqual([a.id, c.id, b.id]);
    await edit(collection.id, { intent: "move", productId: a.id, direction: "up" });
    expect(await order(collection.id)).toEqual([a.id, c.id, b.id]);
    await edit(collection.id, { intent: "remove", productId: a.id });
    expect(await order(collection.id)).toEqual([c.id, b.id]);
    const moved = await prisma.auditEvent.findFirstOrThrow({ where: { entityId: collection.id, action: "collection.product_moved" } });
    expect(moved.after).toEqual({ productIds: [a.id, c.id, b.id] });
  });

  it("refuses an unknown piece, a missing one and pieces for a price-band collection", async () => {
    const collection = await createCollection();
    const unknown = await edit(collection.id, { intent: "add", productId: "no-such-product" });
    expect(unknown.status).toBe(409);
    expect(((await unknown.json()) as { error: string }).error).toMatch(/no longer exists/);
    expect((await edit(collection.id, { intent: "add", productId: "" })).status).toBe(400);
    expect((await edit(collection.id, { intent: "move", productId: "x", direction: "sideways" })).status).toBe(400);
    const band = await createCollection({ priceMin: 0, priceMax: 5000 });
    expect((await edit(band.id, { intent: "add", productId: (await createProduct()).id })).status).toBe(409);
    expect(await prisma.collectionProduct.count({ where: { collectionId: { in: [collection.id, band.id] } } })).toBe(0);
  });

  it("answers 404 for a collection that does not exist", async () => {
    expect((await edit("nope", { intent: "status", status: "PUBLISHED" })).status).toBe(404);
    expect((await respond(() => editLoader(requestArgs("/admin/collections/nope", { cookie, params: { collectionId: "nope" } })))).status).toBe(404);
  });
});

describe("the collection list", () => {
  it("lists every collection in two queries", async () => {
    await createCollection({ title: "Listed collection" });
    const { result, queries } = await recordQueries(() => listLoader(requestArgs("/admin/collections", { cookie })));
    expect(queries.length).toBeLessThanOrEqual(2);
    const titles = ((await result.json()) as { collections: { title: string }[] }).collections.map((c) => c.title);
    expect(titles).toContain("Listed collection");
  });
});
