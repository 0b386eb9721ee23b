// The load generator of `npm run bench`: a process of its own, so the servers it measures never
// share an event loop with it. Takes the plan as JSON in argv[2], runs each target in turn
// (a warm-up, then the measured run) and prints one JSON line with the results. Each request
// comes from a shopper of its own: the server runs as behind one load balancer (TRUST_PROXY=1),
// and the X-Forwarded-For it would add names a different address each time, so per-address
// rate limits (the bag's, checkout's) meet what many shoppers would cause, not one script.
import { createRequire } from "node:module";

export type LoadTarget = { name: string; url: string; method: "GET" | "POST"; headers?: Record<string, string>; body?: string };
export type LoadPlan = { connections: number; seconds: number; warmupSeconds: number; targets: LoadTarget[] };
export type LoadResult = {
  name: string;
  requests: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  /** Connection errors and timeouts. */
  errors: number;
  non2xx: number;
  /** How many of each status that was not 2xx, e.g. { "500": 2 }. */
  otherStatuses: Record<string, number>;
};

// autocannon ships no types; this is the part of its API we use.
type Options = {
  url: string;
  connections: number;
  duration: number;
  method: string;
  headers?: Record<string, string>;
  body?: string;
  requests?: { setupRequest(request: { headers?: Record<string, string> }): { headers?: Record<string, string> } }[];
};
type Summary = { errors: number; timeouts: number; non2xx: number; duration: number };
type Instance = PromiseLike<Summary> & {
  on(event: "response", listener: (client: unknown, statusCode: number, bytes: number, responseTime: number) => void): void;
};
const autocannon = createRequire(import.meta.url)("autocannon") as (options: Options) => Instance;

/** Nearest-rank percentile of sorted values. */
function percentile(sorted: number[], p: number) {
  if (!sorted.length) return 0;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))]!;
}

let shopper = 0;
/** 10.0.0.1, 10.0.0.2, …: one private address per request. */
function nextShopperAddress() {
  shopper = (shopper + 1) % 0xffffff || 1;
  return `10.${(shopper >> 16) & 255}.${(shopper >> 8) & 255}.${shopper & 255}`;
}

async function measure(plan: LoadPlan, target: LoadTarget): Promise<LoadResult> {
  const request = {
    url: target.url,
    method: target.method,
    headers: target.headers,
    body: target.body,
    connections: plan.connections,
    requests: [{ setupRequest: (req: { headers?: Record<string, string> }) => ({ ...req, headers: { ...req.headers, "x-forwarded-for": nextShopperAddress() } }) }],
  };
  await autocannon({ ...request, duration: plan.warmupSeconds });
  // autocannon reports p90 and p97.5 but not p95, so keep every latency and rank them here.
  const latencies: number[] = [];
  const run = autocannon({ ...request, duration: plan.seconds });
  const otherStatuses: Record<string, number> = {};
  run.on("response", (_client, status, _bytes, responseTime) => {
    latencies.push(responseTime);
    if (status < 200 || status > 299) otherStatuses[status] = (otherStatuses[status] ?? 0) + 1;
  });
  const summary = await run;
  latencies.sort((a, b) => a - b);
  return {
    name: target.name,
    requests: latencies.length,
    rps: latencies.length / summary.duration,
    p50: percentile(latencies, 0.5),
    p95: percentile(latencies, 0.95),
    p99: percentile(latencies, 0.99),
    errors: summary.errors + summary.timeouts,
    non2xx: summary.non2xx,
    otherStatuses,
  };
}

const plan = JSON.parse(process.argv[2] ?? "") as LoadPlan;
const results: LoadResult[] = [];
for (const target of plan.targets) {
  results.push(await measure(plan, target));
  process.stderr.write(`  measured ${target.name}\n`);
}
process.stdout.write(JSON.stringify(results) + "\n");
