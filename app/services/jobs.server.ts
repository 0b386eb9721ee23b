import { Logger, run, type Runner, type TaskList } from "graphile-worker";
import { queueConsentReminders } from "~/models/admin-consent-reminders.server";
import { recordExpiredConsents } from "~/models/maker.server";
import { deleteExpiredRateLimits } from "~/models/rate-limit.server";
import { reconcilePendingOrders, releaseExpiredReservations } from "~/services/checkout.server";
import { onMailQueued, sendDueEmails } from "~/services/mail.server";
import { getEnv } from "~/utils/env.server";
import { logger } from "~/utils/logger.server";

/**
 * Background work on PostgreSQL with graphile-worker: reservation expiry, reconciliation with
 * the payment provider, the email outbox and the review of makers' consents. Every app process runs a worker; graphile-worker
 * hands each cron tick and each job to exactly one of them, and each task is idempotent anyway.
 */

const tasks: TaskList = {
  release_expired_reservations: async () => {
    await releaseExpiredReservations();
  },
  reconcile_orders: async () => {
    await reconcilePendingOrders();
  },
  send_outbox: async () => {
    await sendDueEmails();
  },
  // Public pages stop showing an expired consent by themselves; this keeps the history and
  // reminds staff a month ahead.
  review_maker_consents: async () => {
    await recordExpiredConsents();
    await queueConsentReminders();
  },
  delete_expired_rate_limits: async () => {
    await deleteExpiredRateLimits();
  },
};

// Minute, hour, day, month, weekday. "?max=1": a missed tick is not run again later.
const CRONTAB = [
  "* * * * * release_expired_reservations ?max=1",
  "*/5 * * * * reconcile_orders ?max=1",
  "* * * * * send_outbox ?max=1",
  "17 * * * * review_maker_consents ?max=1",
  "41 * * * * delete_expired_rate_limits ?max=1",
].join("\n");

const workerLogger = new Logger((scope) => (level, message, meta) => {
  const log = logger.child({ worker: scope });
  if (level === "error") log.error(meta ?? {}, message);
  else if (level === "warning") log.warn(meta ?? {}, message);
  else log.debug(meta ?? {}, message);
});

let runner: Runner | null = null;

/** Starts this process's worker (once). Called by the server after it listens. */
export async function startBackgroundWork() {
  if (runner) return;
  runner = await run({
    connectionString: getEnv().DATABASE_URL,
    concurrency: 2,
    maxPoolSize: 4,
    noHandleSignals: true,
    pollInterval: 5_000,
    taskList: tasks,
    crontab: CRONTAB,
    logger: workerLogger,
  });
  const started = runner;
  onMailQueued(() => {
    // One pending "send now" job at a time, whoever queued the mail.
    started.addJob("send_outbox", {}, { jobKey: "send_outbox_now", maxAttempts: 3 }).catch((error: unknown) => {
      logger.warn({ err: error }, "could not schedule sending the outbox");
    });
  });
}

/** Stops the worker, letting running tasks finish. Safe to call when it never started. */
export async function stopBackgroundWork() {
  const stopping = runner;
  runner = null;
  onMailQueued(null);
  if (stopping) await stopping.stop();
}

/** The running worker, for tests that add a job and wait for it. */
export function backgroundRunner() {
  return runner;
}
