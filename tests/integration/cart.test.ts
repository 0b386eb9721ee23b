import { describe, expect, it } from "vitest";
import { loader as rootLoader } from "~/root";
import { action as cartAction, headers as cartHeaders, loader as cartLoader } from "~/routes/cart";
import { readCartId } from "~/utils/cart-cookie.server";
import { prisma, recordQueries } from "~/utils/db.server";
import { allCartLines, storedCart } from "../factories/cart.ts";
import { createProduct } from "../factories/product.ts";
import { actionArgs, loaderArgs } from "../remix.ts";

type Answer = { ok: boolean; error?: string; notice?: string | null };

function post(form: Record<string, string>, cookie?: string | null) {
  return cartAction(actionArgs("/cart", form, { cookie }));
}

/** The `name=value` part of the response's Set-Cookie header, as a browser would send it back. */
function cookieFrom(response: Response) {
  const header = response.headers.get("Set-Cookie");
  expect(header).toBeTruthy();
  return header!.split(";")[0]!;
}

async function cartIdOf(cookie: string) {
  const id = await readCartId(new Request("http://localhost/", { headers: { Cookie: cookie } }));
  expect(id).toBeTruthy();
  return id!;
}

/** A bag holding `quantity` of the product's first variant; returns its cookie and id. */
async function bagWith(variantId: string, quantity = 1) {
  const response = await post({ intent: "add", variantId, quantity: String(quantity) });
  const cookie = cookieFrom(response);
  return { cookie, cartId: await cartIdOf(cookie) };
}

async function cartPage(cookie?: string) {
  const response = await cartLoader(loaderArgs("/cart", {}, cookie ? { headers: { Cookie: cookie } } : undefined));
  return { response, data: await response.json() };
}

describe("adding to the bag", () => {
  it("creates the cart on the first add, behind a signed httpOnly cookie, and sends a form post on to the bag", async () => {
    const product = await createProduct();
    const cartsBefore = await prisma.cart.count();

    const response = await post({ intent: "add", variantId: product.variants[0]!.id, quantity: "2" });
    expect(response.status).toBe(303);
    expect(response.headers.get("Location")).toBe("/cart");
    const setCookie = response.headers.get("Set-Cookie")!;
    expect(setCookie).toMatch(/^cart=[^;]+\.[^;]+;/);
    expect(setCookie).toContain("HttpOnly");
    expect(setCookie).toContain("SameSite=Lax");
    expect(setCookie).toContain("Path=/");
    expect(setCookie).toContain(`Max-Age=${60 * 24 * 60 * 60}`);

    const cartId = await cartIdOf(cookieFrom(response));
    expect(await storedCart(cartId)).toMatchObject({ lines: [{ variantId: product.variants[0]!.id, quantity: 2 }] });
    expect(await prisma.cart.count()).toBe(cartsBefore + 1);
  });

  it("answers a fetcher (JavaScript on) with JSON instead of a redirect", async () => {
    const product = await createProduct();
    const response = await post({ intent: "add", variantId: product.variants[0]!.id, quantity: "1", enhanced: "1" });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ ok: true, intent: "add", notice: null });
    expect(response.headers.get("Set-Cookie")).toMatch(/^cart=/);
  });

  it("adds to the same line when the piece is already in the bag, and the header counts every piece", async () => {
    const product = await createProduct({ variants: [{ onHand: 10 }, { metal: "Gold vermeil", onHand: 10 }] });
    const [silver, gold] = product.variants;
    const { cookie, cartId } = await bagWith(silver!.id, 2);
    await post({ intent: "add", variantId: silver!.id, quantity: "3" }, cookie);
    await post({ intent: "add", variantId: gold!.id, quantity: "1" }, cookie);

    const lines = (await storedCart(cartId))!.lines;
    expect(lines).toHaveLength(2);
    expect(lines.find((l) => l.variantId === silver!.id)!.quantity).toBe(5);

    const { result, queries } = await recordQueries(() => rootLoader(loaderArgs("/", {}, { headers: { Cookie: cookie } })));
    expect((await result.json()).cartCount).toBe(6);
    expect(queries).toHaveLength(1);
  });

  it("costs the header no query at all without a cart cookie", async () => {
    const { result, queries } = await recordQueries(() => rootLoader(loaderArgs("/")));
    expect((await result.json()).cartCount).toBe(0);
    expect(queries).toHaveLength(0);
  });

  it("caps the quantity at what is available and says so", async () => {
    const product = await createProduct({
      name: "Lumen bracelet",
      variants: [{ metal: "Gold vermeil", size: "17 cm", onHand: 3, reserved: 1 }],
    });
    const variantId = product.variants[0]!.id;
    const notice = "Only 2 left of Lumen bracelet, Gold vermeil, 17 cm — we've set your bag to 2.";
    const response = await post({ intent: "add", variantId, quantity: "5", enhanced: "1" });
    expect(response.status).toBe(200);
    expect(((await response.json()) as Answer).notice).toBe(notice);
    const cookie = cookieFrom(response);
    const cartId = await cartIdOf(cookie);
    expect((await storedCart(cartId))!.lines[0]!.quantity).toBe(2);

    // Without JavaScript the bag page it redirects to says it again.
    const again = await post({ intent: "add", variantId, quantity: "1" }, cookie);
    expect(again.status).toBe(303);
    const location = again.headers.get("Location")!;
    expect(location).toBe(`/cart?capped=${variantId}`);
    expect((await storedCart(cartId))!.lines[0]!.quantity).toBe(2);
    const page = await cartLoader(loaderArgs(location, {}, { headers: { Cookie: cookie } }));
    expect((await page.json()).notice).toBe(notice);
    // Only while it holds: a bag below the limit, or a stranger's link, shows nothing.
    const stranger = await cartLoader(loaderArgs(location));
    expect((await stranger.json()).notice).toBeNull();
  });

  it("refuses a sold-out variant or an unpublished piece with a clear message, leaving the bag as it was", async () => {
    const product = await createProduct({ name: "Ember cuff", variants: [{ onHand: 5 }, { metal: "Brass", onHand: 2, reserved: 2 }] });
    const { cookie, cartId } = await bagWith(product.variants[0]!.id);
    const before = await storedCart(cartId);

    const soldOut = await post({ intent: "add", variantId: product.variants[1]!.id, quantity: "1" }, cookie);
    expect(soldOut.status).toBe(409);
    expect(((await soldOut.json()) as Answer).error).toBe("Ember cuff, Brass is sold out.");

    const draft = await createProduct({ name: "Hidden piece", status: "DRAFT" });
    const unpublished = await post({ intent: "add", variantId: draft.variants[0]!.id, quantity: "1" }, cookie);
    expect(unpublished.status).toBe(409);
    expect(((await unpublished.json()) as Answer).error).toBe("Hidden piece is no longer available.");

    expect(await storedCart(cartId)).toEqual(before);
  });

  it("creates no cart when the first add is refused", async () => {
    const product = await createProduct({ variants: [{ onHand: 0 }] });
    const cartsBefore = await prisma.cart.count();
    const response = await post({ intent: "add", variantId: product.variants[0]!.id, quantity: "1" });
    expect(response.status).toBe(409);
    expect(response.headers.get("Set-Cookie")).toBeNull();
    expect(await prisma.cart.count()).toBe(cartsBefore);
  });

  it("keeps one line with the summed quantity when two adds of the same piece arrive at once", async () => {
    const product = await createProduct({ variants: [{ onHand: 20 }, { metal: "Gold vermeil", onHand: 20 }] });
    const { cookie, cartId } = await bagWith(product.variants[1]!.id);
    const variantId = product.variants[0]!.id;
    const answers = await Promise.all([
      post({ intent: "add", variantId, quantity: "2", enhanced: "1" }, cookie),
      post({ intent: "add", variantId, quantity: "3", enhanced: "1" }, cookie),
      post({ intent: "add", variantId, quantity: "4", enhanced: "1" }, cookie),
    ]);
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200]);
    const lines = (await storedCart(cartId))!.lines.filter((l) => l.variantId === variantId);
    expect(lines).toEqual([expect.objectContaining({ quantity: 9 })]);
  });
});

describe("refused input", () => {
  async function setUp() {
    const product = await createProduct({ variants: [{ onHand: 10 }, { metal: "Gold vermeil", onHand: 10 }] });
    const { cookie, cartId } = await bagWith(product.variants[0]!.id, 2);
    await post({ intent: "gift", giftNote: "Happy birthday", giftWrap: "on" }, cookie);
    const lineId = (await storedCart(cartId))!.lines[0]!.id;
    return { product, cookie, cartId, lineId, before: await storedCart(cartId), allBefore: await allCartLines() };
  }

  it.each(["0", "-1", "1000000000", "abc", "", "2.5", "1e9"])("answers 400 to quantity %j and changes nothing", async (quantity) => {
    const { product, cookie, cartId, lineId, before, allBefore } = await setUp();
    const forms: Record<string, string>[] = [
      { intent: "add", variantId: product.variants[1]!.id, quantity },
      { intent: "update", lineId, quantity },
    ];
    for (const form of forms) {
      const response = await post(form, cookie);
      expect(response.status).toBe(400);
      expect(((await response.json()) as Answer).error).toBe("Please enter a quantity from 1 to 99.");
    }
    expect(await storedCart(cartId)).toEqual(before);
    expect(await allCartLines()).toEqual(allBefore);
  });

  it("answers 400 to a variant that does not exist, an unknown intent or a missing field", async () => {
    const { cookie, cartId, before } = await setUp();
    const forms: Record<string, string>[] = [
      { intent: "add", variantId: "no-such-variant", quantity: "1" },
      { intent: "add", quantity: "1" },
      { intent: "update", quantity: "1" },
      { intent: "remove" },
      { intent: "empty-everything" },
      {},
    ];
    for (const form of forms) {
      const response = await post(form, cookie);
      expect(response.status, JSON.stringify(form)).toBe(400);
      expect(((await response.json()) as Answer).error).toBeTruthy();
    }
    expect(await storedCart(cartId)).toEqual(before);
  });

  it("refuses a body that is not a form: 400 when malformed, 415 for another content type", async () => {
    for (const [contentType, body, status] of [
      ["multipart/form-data; boundary=nope", "garbage", 400],
      ["application/json", JSON.stringify({ intent: "add" }), 415],
    ] as const) {
      const request = new Request("http://localhost:3000/cart", { method: "POST", headers: { "Content-Type": contentType }, body });
      const thrown = await cartAction({ request, params: {}, context: actionArgs("/cart", {}).context }).catch((error: Response) => error);
      expect(thrown).toBeInstanceOf(Response);
      expect(thrown.status).toBe(status);
    }
  });

  it("refuses a 5,000-character gift note inline and saves none of the gift options", async () => {
    const { cookie, cartId, before } = await setUp();
    const response = await post({ intent: "gift", giftNote: "x".repeat(5000), hidePrices: "on" }, cookie);
    expect(response.status).toBe(400);
    expect(((await response.json()) as Answer).error).toBe("Please keep your gift note to 300 characters or fewer.");
    expect(await storedCart(cartId)).toEqual(before);
  });
});

describe("changing the bag", () => {
  it("updates a line's quantity, capped at what is available", async () => {
    const product = await createProduct({ name: "Tide bracelet", variants: [{ onHand: 4 }] });
    const { cookie, cartId } = await bagWith(product.variants[0]!.id);
    const lineId = (await storedCart(cartId))!.lines[0]!.id;

    const response = await post({ intent: "update", lineId, quantity: "3" }, cookie);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ ok: true, intent: "update", notice: null, lineId });
    expect((await storedCart(cartId))!.lines[0]!.quantity).toBe(3);

    const capped = await post({ intent: "update", lineId, quantity: "9" }, cookie);
    expect(((await capped.json()) as Answer).notice).toBe("Only 4 left of Tide bracelet, Sterling silver — we've set your bag to 4.");
    expect((await storedCart(cartId))!.lines[0]!.quantity).toBe(4);
  });

  it("removes a line", async () => {
    const product = await createProduct();
    const { cookie, cartId } = await bagWith(product.variants[0]!.id);
    const lineId = (await storedCart(cartId))!.lines[0]!.id;
    const response = await post({ intent: "remove", lineId }, cookie);
    expect(response.status).toBe(200);
    expect((await storedCart(cartId))!.lines).toEqual([]);
    expect((await post({ intent: "remove", lineId }, cookie)).status).toBe(404);
  });

  it("never touches a line of another shopper's bag", async () => {
    const product = await createProduct({ variants: [{ onHand: 10 }] });
    const theirs = await bagWith(product.variants[0]!.id, 2);
    const mine = await bagWith(product.variants[0]!.id, 1);
    const theirLineId = (await storedCart(theirs.cartId))!.lines[0]!.id;
    const before = await allCartLines();

    const forms: Record<string, string>[] = [
      { intent: "update", lineId: theirLineId, quantity: "5" },
      { intent: "remove", lineId: theirLineId },
    ];
    for (const form of forms) {
      expect((await post(form, mine.cookie)).status).toBe(404);
      expect((await post(form)).status).toBe(404);
    }
    expect(await allCartLines()).toEqual(before);
  });

  it("writes nothing at all, not even the bag's last-used time, for a line that is not in the bag", async () => {
    const product = await createProduct({ variants: [{ onHand: 10 }] });
    const mine = await bagWith(product.variants[0]!.id, 1);
    const bagRow = () => prisma.cart.findUniqueOrThrow({ where: { id: mine.cartId } });
    const before = { bag: await bagRow(), lines: await allCartLines() };
    for (const form of [
      { intent: "update", lineId: "no-such-line", quantity: "2" } as Record<string, string>,
      { intent: "remove", lineId: "no-such-line" },
    ]) {
      const response = await post(form, mine.cookie);
      expect(response.status).toBe(404);
      expect(response.headers.get("Set-Cookie")).toBeNull();
    }
    expect({ bag: await bagRow(), lines: await allCartLines() }).toEqual(before);
  });

  it("saves gift options, with line breaks counted as one character", async () => {
    const product = await createProduct();
    const { cookie, cartId } = await bagWith(product.variants[0]!.id);
    const note = `${"a".repeat(149)}\r\n${"b".repeat(150)}`;
    const response = await post({ intent: "gift", giftNote: note, giftWrap: "on", hidePrices: "on" }, cookie);
    expect(response.status).toBe(200);
    expect(await storedCart(cartId)).toMatchObject({ giftNote: `${"a".repeat(149)}\n${"b".repeat(150)}`, giftWrap: true, hidePrices: true });

    await post({ intent: "gift", giftNote: "" }, cookie);
    expect(await storedCart(cartId)).toMatchObject({ giftNote: "", giftWrap: false, hidePrices: false });
  });

  it("refuses gift options without a bag", async () => {
    const cartsBefore = await prisma.cart.count();
    const response = await post({ intent: "gift", giftNote: "Hello", giftWrap: "on" });
    expect(response.status).toBe(400);
    expect(await prisma.cart.count()).toBe(cartsBefore);
  });
});

describe("the cookie", () => {
  it("treats a tampered, malformed or unknown cookie as no bag, and never answers 500", async () => {
    const product = await createProduct({ variants: [{ onHand: 10 }] });
    const { cookie, cartId } = await bagWith(product.variants[0]!.id, 2);
    const before = await storedCart(cartId);
    const [name, value] = cookie.split("=") as [string, string];
    const signed = decodeURIComponent(value);
    const forged = `${name}=${encodeURIComponent(`${btoa(JSON.stringify("someone-elses-cart"))}.${signed.split(".").at(-1)}`)}`;
    const tampered = `${name}=${encodeURIComponent(`${signed.slice(0, -2)}xx`)}`;

    for (const bad of [tampered, forged, "cart=%E0%A4%A", "cart=not.base64!", "cart=", "cart=a.b.c.d"]) {
      const { response, data } = await cartPage(bad);
      expect(response.status).toBe(200);
      expect(data.cart).toBeNull();
      const lineId = before!.lines[0]!.id;
      expect((await post({ intent: "update", lineId, quantity: "1" }, bad)).status).toBe(404);
    }
    // An add with a bad cookie starts a new bag; the original is untouched.
    const fresh = await post({ intent: "add", variantId: product.variants[0]!.id, quantity: "1" }, tampered);
    expect(await cartIdOf(cookieFrom(fresh))).not.toBe(cartId);
    expect(await storedCart(cartId)).toEqual(before);
  });

  it("starts a new bag when the cookie names a cart that no longer exists", async () => {
    const product = await createProduct();
    const { cookie, cartId } = await bagWith(product.variants[0]!.id);
    await prisma.cart.delete({ where: { id: cartId } });
    expect((await cartPage(cookie)).data.cart).toBeNull();
    const response = await post({ intent: "add", variantId: product.variants[0]!.id, quantity: "1" }, cookie);
    expect(response.status).toBe(303);
    const newId = await cartIdOf(cookieFrom(response));
    expect(newId).not.toBe(cartId);
    expect((await storedCart(newId))!.lines).toHaveLength(1);
  });
});

describe("the bag page", () => {
  it("shows lines, totals with gift wrap, in one query, and is never cached", async () => {
    const product = await createProduct({ variants: [{ price: 4200, onHand: 10 }, { metal: "Gold vermeil", price: 5800, onHand: 10 }] });
    const { cookie } = await bagWith(product.variants[0]!.id, 2);
    await post({ intent: "add", variantId: product.variants[1]!.id, quantity: "1" }, cookie);
    await post({ intent: "gift", giftNote: "For you", giftWrap: "on" }, cookie);

    const { result, queries } = await recordQueries(() => cartLoader(loaderArgs("/cart", {}, { headers: { Cookie: cookie } })));
    expect(queries).toHaveLength(1);
    expect(result.headers.get("Cache-Control")).toBe("private, no-store");
    expect(new Headers(cartHeaders({} as Parameters<typeof cartHeaders>[0])).get("Cache-Control")).toBe("private, no-store");
    const cart = (await result.json()).cart!;
    expect(cart.lines.map((l: { unitPrice: number; quantity: number; lineTotal: number }) => [l.unitPrice, l.quantity, l.lineTotal])).toEqual([
      [4200, 2, 8400],
      [5800, 1, 5800],
    ]);
    expect(cart).toMatchObject({ subtotal: 14200, giftWrapPrice: 500, total: 14700, itemCount: 3, giftNote: "For you" });
  });

  it("keeps a piece that can no longer be bought visible but out of the total", async () => {
    const product = await createProduct({ variants: [{ price: 4000, onHand: 5 }] });
    const other = await createProduct({ variants: [{ price: 3000, onHand: 5 }] });
    const { cookie } = await bagWith(product.variants[0]!.id);
    await post({ intent: "add", variantId: other.variants[0]!.id, quantity: "1" }, cookie);
    await prisma.product.update({ where: { id: other.id }, data: { status: "ARCHIVED" } });
    const { data } = await cartPage(cookie);
    expect(data.cart!.lines.map((l) => l.purchasable)).toEqual([true, false]);
    expect(data.cart!.subtotal).toBe(4000);
  });

  it("shows an empty bag without a cookie", async () => {
    const { response, data } = await cartPage();
    expect(response.status).toBe(200);
    expect(data.cart).toBeNull();
  });
});
