import { json } from "@remix-run/node";
import { databaseIsHealthy } from "~/models/health.server";

export async function loader() {
  const db = await databaseIsHealthy();
  return json(
    { status: db ? "ok" : "error", db: db ? "ok" : "error" },
    { status: db ? 200 : 503, headers: { "Cache-Control": "no-store" } },
  );
}
