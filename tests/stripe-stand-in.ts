import http from "node:http";
import type { AddressInfo } from "node:net";

/**
 * A local HTTP server standing in for the Stripe API, for the Stripe SDK to talk to (through
 * STRIPE_API_BASE). It records every request exactly as sent and answers the calls the shop
 * makes with objects shaped like Stripe's, keeping Checkout Sessions between calls.
 */

export type RecordedRequest = {
  method: string;
  path: string;
  headers: http.IncomingHttpHeaders;
  /** The form-encoded body, flat: "line_items[0][price_data][unit_amount]" → "4800". */
  form: Record<string, string>;
};

type Session = Record<string, unknown> & { id: string; status: string; payment_status: string };

function stripeError(res: http.ServerResponse, status: number, message: string, type = "invalid_request_error") {
  res.writeHead(status, { "Content-Type": "application/json", "Request-Id": "req_standin" });
  res.end(JSON.stringify({ error: { type, message } }));
}

function send(res: http.ServerResponse, body: unknown) {
  res.writeHead(200, { "Content-Type": "application/json", "Request-Id": "req_standin" });
  res.end(JSON.stringify(body));
}

/** "metadata[orderId]" etc. back into the nested object Stripe would store. */
function metadataOf(form: Record<string, string>, prefix: string) {
  const metadata: Record<string, string> = {};
  for (const [key, value] of Object.entries(form)) {
    const match = new RegExp(`^${prefix.replace(/[[\]]/g, "\\$&")}\\[([^\\]]+)\\]$`).exec(key);
    if (match) metadata[match[1]!] = value;
  }
  return metadata;
}

function sessionFrom(id: string, form: Record<string, string>): Session {
  let amount = 0;
  for (let i = 0; form[`line_items[${i}][quantity]`]; i++) {
    amount += Number(form[`line_items[${i}][quantity]`]) * Number(form[`line_items[${i}][price_data][unit_amount]`]);
  }
  return {
    id,
    object: "checkout.session",
    mode: form.mode,
    status: "open",
    payment_status: "unpaid",
    url: `https://checkout.stripe.com/c/pay/${id}`,
    client_reference_id: form.client_reference_id ?? null,
    metadata: metadataOf(form, "metadata"),
    currency: form["line_items[0][price_data][currency]"] ?? null,
    amount_subtotal: amount,
    amount_total: amount,
    expires_at: Number(form.expires_at),
    success_url: form.success_url,
    cancel_url: form.cancel_url,
    payment_intent: null,
    customer_details: null,
    collected_information: null,
    shipping_cost: null,
    livemode: false,
  };
}

export async function startStripeStandIn() {
  const requests: RecordedRequest[] = [];
  const sessions = new Map<string, Session>();
  const byIdempotencyKey = new Map<string, { sessionId: string; body: string }>();
  const refunds: { id: string; amount: number; payment_intent: string | undefined }[] = [];
  const refundsByIdempotencyKey = new Map<string, { refund: (typeof refunds)[number]; body: string }>();
  let failures = 0;
  let counter = 0;

  const server = http.createServer((req, res) => {
    let body = "";
    req.on("data", (chunk: Buffer) => (body += chunk.toString("utf8")));
    req.on("end", () => {
      const url = new URL(req.url ?? "/", "http://stand-in");
      const form = Object.fromEntries(new URLSearchParams(body));
      requests.push({ method: req.method ?? "GET", path: url.pathname, headers: req.headers, form });
      if (!String(req.headers.authorization ?? "").startsWith("Bearer sk_")) return stripeError(res, 401, "No API key provided.", "authentication_error");
      if (failures > 0) {
        failures--;
        return stripeError(res, 400, "The stand-in was told to refuse this request.");
      }

      if (req.method === "POST" && url.pathname === "/v1/checkout/sessions") {
        const key = String(req.headers["idempotency-key"] ?? "");
        const existing = key ? byIdempotencyKey.get(key) : undefined;
        // As Stripe: a repeated key gets the first answer, but only for exactly the same parameters.
        if (existing && existing.body !== body) {
          return stripeError(res, 400, `Keys for idempotent requests can only be used with the same parameters they were first used with.`, "idempotency_error");
        }
        if (existing) return send(res, sessions.get(existing.sessionId));
        const session = sessionFrom(`cs_test_standin_${++counter}`, form);
        sessions.set(session.id, session);
        if (key) byIdempotencyKey.set(key, { sessionId: session.id, body });
        return send(res, session);
      }
      const sessionPath = /^\/v1\/checkout\/sessions\/([^/]+)(\/expire)?$/.exec(url.pathname);
      if (sessionPath) {
        const session = sessions.get(sessionPath[1]!);
        if (!session) return stripeError(res, 404, `No such checkout.session: '${sessionPath[1]}'`);
        if (req.method === "GET" && !sessionPath[2]) return send(res, session);
        if (req.method === "POST" && sessionPath[2]) {
          if (session.status !== "open") return stripeError(res, 400, "Only Checkout Sessions with a status in [\"open\"] can be expired.");
          session.status = "expired";
          return send(res, session);
        }
      }
      if (req.method === "POST" && url.pathname === "/v1/refunds") {
        const key = String(req.headers["idempotency-key"] ?? "");
        const existing = key ? refundsByIdempotencyKey.get(key) : undefined;
        // As Stripe: a repeated key gets the first refund back, and no second refund is made.
        if (existing && existing.body !== body) {
          return stripeError(res, 400, `Keys for idempotent requests can only be used with the same parameters they were first used with.`, "idempotency_error");
        }
        if (existing) return send(res, existing.refund);
        const refund = { id: `re_standin_${++counter}`, object: "refund", amount: Number(form.amount), payment_intent: form.payment_intent, status: "succeeded" };
        refunds.push(refund);
        if (key) refundsByIdempotencyKey.set(key, { refund, body });
        return send(res, refund);
      }
      stripeError(res, 404, `Unrecognized request URL (${req.method}: ${url.pathname}).`);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    sessions,
    /** Every refund made, once each however often it was asked for. */
    refunds,
    /** The next `count` requests are refused with a 400. */
    refuseNext(count = 1) {
      failures = count;
    },
    /** What Stripe's session looks like once the shopper paid (or chose a delayed method). */
    complete(sessionId: string, changes: Partial<Session> = {}) {
      const session = sessions.get(sessionId);
      if (!session) throw new Error(`No session ${sessionId}`);
      Object.assign(session, {
        status: "complete",
        payment_status: "paid",
        payment_intent: `pi_${sessionId}`,
        customer_details: { email: "mira@example.com", name: "Mira Okafor", address: null },
        collected_information: {
          shipping_details: {
            name: "Mira Okafor",
            address: { line1: "4 Harbour Road", line2: null, city: "Galway", state: null, postal_code: "H91 X2Y3", country: "IE" },
          },
        },
        shipping_cost: { amount_subtotal: 600, amount_tax: 0, amount_total: 600, shipping_rate: "shr_standin" },
        ...changes,
      });
      return session;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
export type StripeStandIn = Awaited<ReturnType<typeof startStripeStandIn>>;

export const STAND_IN_WEBHOOK_SECRET = "whsec_test_standin_secret";

/**
 * Starts the stand-in and points the app's Stripe settings at it. Call it before any app
 * module is imported: they read the environment once.
 */
export async function startStripeStandInForApp() {
  const standIn = await startStripeStandIn();
  process.env.STRIPE_SECRET_KEY = "sk_test_standin";
  process.env.STRIPE_WEBHOOK_SECRET = STAND_IN_WEBHOOK_SECRET;
  process.env.STRIPE_API_BASE = standIn.url;
  return standIn;
}
