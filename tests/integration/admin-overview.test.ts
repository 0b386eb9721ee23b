// The overview opens on today's work, each number a link to its filtered list, in one query
// after the session; sales are counted in the shop's time zone.
import { beforeAll, describe, expect, it } from "vitest";
import { loader as overviewLoader } from "~/routes/admin._index";
import { loader as ordersLoader } from "~/routes/admin.orders._index";
import { action as checkoutAction } from "~/routes/checkout";
import { payTestCheckout } from "~/services/checkout.server";
import { prisma, recordQueries } from "~/utils/db.server";
import { nextDay, shopTimeToUtc } from "~/utils/shop-time.server";
import { approveProfile } from "~/models/maker.server";
import { approvedEndingAt, createMakerWithAccount } from "../factories/maker.ts";
import { checkoutArgs, createCart } from "../factories/order.ts";
import { createProduct } from "../factories/product.ts";
import { createUser, requestArgs, sessionCookieFor } from "../factories/user.ts";

let owner: string;
let editor: string;

beforeAll(async () => {
  owner = await sessionCookieFor((await createUser({ role: "OWNER" })).id);
  editor = await sessionCookieFor((await createUser({ role: "EDITOR" })).id);
});

const ADDRESS = { name: "Mira Okafor", line1: "4 Harbour Road", line2: null, city: "Galway", state: null, postalCode: "H91", country: "IE" };

async function order({ paid = true, price = 2500 } = {}) {
  const product = await createProduct({ variants: [{ price, onHand: 3 }] });
  const { cartId, cookie } = await createCart([{ variantId: product.variants[0]!.id, quantity: 1 }]);
  await checkoutAction(checkoutArgs(cookie));
  const row = await prisma.order.findFirstOrThrow({ where: { cartId }, select: { id: true, stripeSessionId: true } });
  if (paid) await payTestCheckout(row.stripeSessionId!, { email: "mira@example.com", name: "Mira Okafor", address: ADDRESS, shippingAmount: 0 }, "http://localhost:3000");
  return row.id;
}

type Counts = { toPack: number; toShip: number; refundsWaiting: number; openCheckouts: number; today: { from: string; to: string; amount: number; previous: number } };
type Overview = { dashboard: Counts & { consentsEnding: { makerId: string; internalLabel: string }[] | null } };

async function overview(cookie: string): Promise<Overview> {
  const { result, queries } = await recordQueries(() => overviewLoader(requestArgs("/admin", { cookie })));
  expect(queries.length).toBeLessThanOrEqual(2);
  return (await result.json()) as Overview;
}

describe("the overview", () => {
  it("counts the work waiting in the order of the day, and sales after refunds against the day before, in one query after the session", async () => {
    const before = (await overview(owner)).dashboard;
    const toPack = await order({ price: 4000 });
    const toShip = await order({ price: 1500 });
    await prisma.order.update({ where: { id: toShip }, data: { status: "PACKED" } });
    const short = await order();
    await prisma.order.update({ where: { id: short }, data: { stockShort: true } });
    await order({ paid: false });
    // A refund is taken off the day's sales.
    await prisma.order.update({ where: { id: toPack }, data: { refundedAmount: 500 } });
    // Sold yesterday in the shop's calendar.
    const yesterday = await order({ price: 900 });
    const today = new Intl.DateTimeFormat("en-CA", { timeZone: "America/Los_Angeles" }).format(new Date());
    await prisma.order.update({ where: { id: yesterday }, data: { paidAt: new Date(shopTimeToUtc(today).getTime() - 60 * 60_000) } });

    const after = (await overview(owner)).dashboard;
    expect(after.toPack - before.toPack).toBe(3);
    expect(after.toShip - before.toShip).toBe(1);
    expect(after.refundsWaiting - before.refundsWaiting).toBe(1);
    expect(after.openCheckouts - before.openCheckouts).toBe(1);
    expect(after.today.amount - before.today.amount).toBe(3500 + 1500 + 2500);
    expect(after.today).toMatchObject({ from: today, to: today });
    expect(after.today.previous - before.today.previous).toBe(900);

    // The linked lists hold what the numbers count.
    const list = async (search: string) => ((await (await ordersLoader(requestArgs(`/admin/orders${search}`, { cookie: owner }))).json()) as { orders: { id: string }[] }).orders.map((o) => o.id);
    expect(await list("?short=1")).toContain(short);
    expect(await list("?short=1")).not.toContain(toShip);
    expect(await list("?status=PACKED")).toContain(toShip);
    expect(await list(`?from=${today}&to=${today}`)).toEqual(expect.arrayContaining([toPack, toShip, short]));
  });

  it("lists consents ending within 30 days by internal label, to those who look after makers only", async () => {
    const account = await createMakerWithAccount();
    await approvedEndingAt(new Date(Date.now() + 10 * 24 * 60 * 60_000), () =>
      approveProfile({ makerId: account.maker.id, userId: account.user.id, versionId: account.draft.id, contentHash: account.draft.contentHash, fields: ["bio"] }),
    );
    const label = (await prisma.makerStaffRecord.findUniqueOrThrow({ where: { makerId: account.maker.id } })).internalLabel;
    const ending = (await overview(owner)).dashboard.consentsEnding;
    expect(ending).toContainEqual(expect.objectContaining({ makerId: account.maker.id, internalLabel: label }));
    expect(JSON.stringify(ending)).not.toContain("Amani");
    const forEditor = (await overview(editor)).dashboard;
    expect(forEditor.consentsEnding).toBeNull();
    expect(forEditor.toPack).toBeNull();
  });
});

describe("the shop's time zone", () => {
  it("turns a shop day into the UTC instant it starts, across daylight saving, and back", () => {
    expect(shopTimeToUtc("2026-01-15", "00:00", "America/Los_Angeles").toISOString()).toBe("2026-01-15T08:00:00.000Z");
    expect(shopTimeToUtc("2026-07-15", "00:00", "America/Los_Angeles").toISOString()).toBe("2026-07-15T07:00:00.000Z");
    // The day clocks go forward (8 March 2026): 03:30 exists, and is 10:30 UTC.
    expect(shopTimeToUtc("2026-03-08", "03:30", "America/Los_Angeles").toISOString()).toBe("2026-03-08T10:30:00.000Z");
    expect(shopTimeToUtc("2026-07-15", "09:15", "Europe/Dublin").toISOString()).toBe("2026-07-15T08:15:00.000Z");
    const instant = shopTimeToUtc("2026-11-01", "18:45", "America/Los_Angeles");
    expect(new Intl.DateTimeFormat("en-CA", { timeZone: "America/Los_Angeles", dateStyle: "short", timeStyle: "short", hourCycle: "h23" }).format(instant)).toBe("2026-11-01, 18:45");
    expect(nextDay("2026-02-28")).toBe("2026-03-01");
  });
});
