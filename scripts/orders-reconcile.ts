// npm run orders:reconcile: asks the payment provider about every order still waiting on it and
// applies what it says (fulfil, or release), then releases reservations past their expiry. The
// app does the same on a schedule; this is for running it now, e.g. after an outage.
import "dotenv/config";
import { withDatabase } from "./lib/database.ts";
import { prepareLocalEnvironment } from "./lib/local-environment.ts";

await prepareLocalEnvironment();
try {
  await withDatabase(async (url) => {
    process.env.DATABASE_URL = url;
    const { reconcilePendingOrders, releaseExpiredReservations } = await import("../app/services/checkout.server.ts");
    const reconciled = await reconcilePendingOrders(new Date(), 0);
    const released = await releaseExpiredReservations();
    console.log(`Orders brought in line with the payment provider: ${reconciled}. Expired reservations released: ${released}.`);
    const { disconnectDatabase } = await import("../app/utils/db.server.ts");
    await disconnectDatabase();
  });
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
