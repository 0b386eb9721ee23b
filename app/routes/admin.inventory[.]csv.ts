import type { LoaderFunctionArgs } from "@remix-run/node";
import { listStockForExport } from "~/models/admin-inventory.server";
import { listMakerChoices } from "~/models/admin-makers.server";
import { MAKER_SEPARATOR, toCsv } from "~/utils/admin-csv";
import { requireStaff } from "~/utils/auth.server";
import { NO_STORE } from "~/utils/http-cache";
import { PERMISSIONS } from "~/utils/permissions";

/** All stock as CSV; edit the on_hand column and import it again at /admin/inventory/import. */
export async function loader({ request }: LoaderFunctionArgs) {
  await requireStaff(request, PERMISSIONS.inventory);
  const [variants, makers] = await Promise.all([listStockForExport(), listMakerChoices()]);
  const labelOf = new Map(makers.map((maker) => [maker.id, maker.internalLabel]));
  const csv = toCsv([
    ["sku", "product", "variant", "status", "on_hand", "reserved", "available", "low_stock_threshold", "makers"],
    ...variants.map((v) => [
      v.sku,
      v.product.name,
      v.title,
      v.product.status.toLowerCase(),
      v.onHand,
      v.reserved,
      v.onHand - v.reserved,
      v.lowStockThreshold,
      v.product.makers.map((m) => labelOf.get(m.makerId) ?? "").join(`${MAKER_SEPARATOR} `),
    ]),
  ]);
  const day = new Date().toISOString().slice(0, 10);
  return new Response(csv, {
    headers: {
      ...NO_STORE,
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="belonging-stock-${day}.csv"`,
    },
  });
}
