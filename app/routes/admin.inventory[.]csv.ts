import type { LoaderFunctionArgs } from "@remix-run/node";
import { listStockForExport } from "~/models/admin-inventory.server";
import { toCsv } from "~/utils/admin-csv";
import { requireStaff } from "~/utils/auth.server";
import { NO_STORE } from "~/utils/http-cache";
import { PERMISSIONS } from "~/utils/permissions";

/** All stock as CSV; edit the on_hand column and import it again at /admin/inventory/import. */
export async function loader({ request }: LoaderFunctionArgs) {
  await requireStaff(request, PERMISSIONS.inventory);
  const variants = await listStockForExport();
  const csv = toCsv([
    ["sku", "product", "variant", "status", "on_hand", "reserved", "available", "low_stock_threshold"],
    ...variants.map((v) => [v.sku, v.product.name, v.title, v.product.status.toLowerCase(), v.onHand, v.reserved, v.onHand - v.reserved, v.lowStockThreshold]),
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
