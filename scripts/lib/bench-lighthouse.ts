// Lighthouse 12 on storefront pages, for the benchmark (issue 7): the mobile preset as Lighthouse
// ships it (Moto G Power emulation, simulated throttling: 150 ms RTT, 1.6 Mbps down, 4× CPU
// slowdown), performance only, Debian's Chromium, each page several times; the median run is
// reported. Nothing leaves the machine: Chromium resolves no host name but localhost.
//
// Standalone: node --import tsx scripts/lib/bench-lighthouse.ts [--runs 3] [--json] [name=]URL...
import path from "node:path";
import { fileURLToPath } from "node:url";
import * as chromeLauncher from "chrome-launcher";
import { Parser } from "htmlparser2";
import lighthouse, { type Flags, type Result, type TraceEvent } from "lighthouse";
import { computeMedianRun } from "lighthouse/core/lib/median-run.js";
import { CHROMIUM_FLAGS } from "./browser.ts";

export type LighthousePage = { name: string; url: string };

export type LighthousePageResult = {
  name: string;
  url: string;
  /** Performance score, 0–100, of the median run. */
  score: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  fcpMs: number;
  /** Every run's score, in run order, to show the spread the median hides. */
  scores: number[];
  /** The LCP element: a CSS selector as Lighthouse names it. */
  lcpElement: string | null;
  /** When the LCP element is an image: the file the browser chose and how it was requested. */
  lcpImage: {
    url: string;
    /** Fetched because of a <link rel=preload> (Chromium's own record of the request). */
    preloaded: boolean;
    /** The document's <link rel=preload as=image> lists this very file in its imagesrcset/href. */
    preloadMatches: boolean;
    fetchPriorityHigh: boolean;
    lazy: boolean;
  } | null;
  /** Image preloads in the document's <head>, as written. */
  imagePreloads: { imageSrcSet: string | null; imageSizes: string | null; type: string | null; href: string | null }[];
  /** Stylesheets and scripts that held the first paint back, with Lighthouse's estimate of the cost. */
  renderBlocking: { url: string; wastedMs: number }[];
  /** Lighthouse's measure of this machine's CPU speed during the median run (higher is faster). */
  benchmarkIndex: number;
};

export type LighthouseOptions = {
  /** Runs per page; the median run (Lighthouse's own choice: closest to the median FCP and TTI) is reported. */
  runs?: number;
  chromePath?: string;
  log?: (message: string) => void;
};

const CHROME_FLAGS = [
  "--headless=new",
  ...CHROMIUM_FLAGS,
  // Offline by construction: any host but localhost and 127.0.0.1 fails to resolve, so nothing can leak out.
  "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1",
];

const FLAGS: Flags = {
  onlyCategories: ["performance"],
  logLevel: "error",
  output: "json",
  disableFullPageScreenshot: true,
};

export async function runLighthouse(pages: LighthousePage[], options: LighthouseOptions = {}): Promise<LighthousePageResult[]> {
  const runs = options.runs ?? 3;
  const log = options.log ?? (() => {});
  const chrome = await chromeLauncher.launch({
    chromePath: options.chromePath ?? process.env.CHROME_PATH ?? "/usr/bin/chromium",
    chromeFlags: CHROME_FLAGS,
    // Whoever calls us decides what Ctrl-C means; Chromium is killed in `finally` below.
    handleSIGINT: false,
  });
  try {
    const results: LighthousePageResult[] = [];
    for (const page of pages) {
      const html = await (await fetch(page.url)).text();
      const attempts: { lhr: Result; trace: TraceEvent[] }[] = [];
      for (let run = 1; run <= runs; run++) {
        const result = await auditOnce(page.url, chrome.port, log);
        attempts.push({ lhr: result.lhr, trace: result.artifacts.Trace.traceEvents });
        log(`${page.name} run ${run}: ${scoreOf(result.lhr)}`);
      }
      const median = computeMedianRun(attempts.map((a) => a.lhr));
      const trace = attempts.find((a) => a.lhr === median)!.trace;
      results.push(summarize(page, median, trace, html, attempts.map((a) => scoreOf(a.lhr))));
    }
    return results;
  } finally {
    chrome.kill();
  }
}

/**
 * One Lighthouse run. On a busy machine Chromium now and then loses the trace of a load
 * (NO_NAVSTART, NO_FCP); Lighthouse's advice is to run again, which we do twice at most.
 */
async function auditOnce(url: string, port: number, log: (message: string) => void) {
  for (let attempt = 1; ; attempt++) {
    const result = await lighthouse(url, { ...FLAGS, port });
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    const error = result.lhr.runtimeError;
    if (!error) return result;
    if (attempt === 3) throw new Error(`Lighthouse on ${url}: ${error.message}`);
    log(`${url}: ${error.code}, running again`);
  }
}

function scoreOf(lhr: Result) {
  return Math.round((lhr.categories.performance?.score ?? 0) * 100);
}

function summarize(page: LighthousePage, lhr: Result, trace: TraceEvent[], html: string, scores: number[]): LighthousePageResult {
  const metric = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
  const external = networkRequests(lhr).filter((r) => /^https?:/.test(r.url) && !isLoopback(r.url));
  if (external.length) throw new Error(`Lighthouse saw requests off this machine: ${external.map((r) => r.url).join(", ")}`);

  const imagePreloads = imagePreloadsIn(html);
  return {
    name: page.name,
    url: page.url,
    score: scoreOf(lhr),
    lcpMs: metric("largest-contentful-paint"),
    tbtMs: metric("total-blocking-time"),
    cls: metric("cumulative-layout-shift"),
    fcpMs: metric("first-contentful-paint"),
    scores,
    lcpElement: lcpSelector(lhr),
    lcpImage: lcpImage(lhr, trace, imagePreloads),
    imagePreloads,
    renderBlocking: tableItems(lhr, "render-blocking-insight").map((item) => ({
      url: String(item.url),
      wastedMs: Number(item.wastedMs ?? 0),
    })),
    benchmarkIndex: lhr.environment.benchmarkIndex,
  };
}

type Item = Record<string, unknown>;

function tableItems(lhr: Result, auditId: string): Item[] {
  const details = lhr.audits[auditId]?.details as { items?: Item[] } | undefined;
  return details?.items ?? [];
}

function networkRequests(lhr: Result) {
  return tableItems(lhr, "network-requests") as { url: string; isLinkPreload?: boolean }[];
}

function isLoopback(url: string) {
  return ["127.0.0.1", "localhost", "[::1]"].includes(new URL(url).hostname);
}

/** The node in `largest-contentful-paint-element`'s first table. */
function lcpNode(lhr: Result): { selector?: string } | undefined {
  const details = lhr.audits["largest-contentful-paint-element"]?.details as { items?: { items?: { node?: { selector?: string } }[] }[] } | undefined;
  return details?.items?.[0]?.items?.[0]?.node;
}

function lcpSelector(lhr: Result) {
  return lcpNode(lhr)?.selector ?? null;
}

function lcpImage(lhr: Result, trace: TraceEvent[], preloads: LighthousePageResult["imagePreloads"]): LighthousePageResult["lcpImage"] {
  // The last LCP candidate of the main frame is the LCP; when it is an image, Chromium's
  // "largest image paint" event for the same DOM node names the file it actually chose.
  type Candidate = { type?: string; nodeId?: number; loadingAttr?: string; isOutermostMainFrame?: boolean };
  const data = trace
    .filter((e) => e.name === "largestContentfulPaint::Candidate")
    .map((e) => e.args.data as Candidate | undefined)
    .filter((candidate) => candidate?.isOutermostMainFrame)
    .at(-1);
  if (data?.type !== "image") return null;
  const imagePaint = trace.filter((e) => e.name === "LargestImagePaint::Candidate" && (e.args.data as { DOMNodeId?: number } | undefined)?.DOMNodeId === data.nodeId).at(-1);
  const url = (imagePaint?.args.data as { imageUrl?: string } | undefined)?.imageUrl;
  if (!url) return null;

  const checklist = (lhr.audits["lcp-discovery-insight"]?.details as { items?: { type: string; items?: Record<string, { value: boolean }> }[] } | undefined)?.items?.find(
    (item) => item.type === "checklist",
  )?.items;
  const { pathname } = new URL(url);
  const listed = (preload: (typeof preloads)[number]) =>
    [...(preload.imageSrcSet?.split(",").map((candidate) => candidate.trim().split(/\s+/)[0]) ?? []), preload.href].some(
      (file) => file && new URL(file, url).pathname === pathname,
    );
  return {
    url,
    preloaded: networkRequests(lhr).some((r) => r.url === url && r.isLinkPreload === true),
    preloadMatches: preloads.some(listed),
    fetchPriorityHigh: checklist?.priorityHinted?.value ?? false,
    lazy: data.loadingAttr === "lazy",
  };
}

function imagePreloadsIn(html: string): LighthousePageResult["imagePreloads"] {
  const preloads: LighthousePageResult["imagePreloads"] = [];
  const parser = new Parser({
    onopentag(name, attributes) {
      if (name !== "link" || attributes.rel?.toLowerCase() !== "preload" || attributes.as !== "image") return;
      preloads.push({
        imageSrcSet: attributes.imagesrcset ?? null,
        imageSizes: attributes.imagesizes ?? null,
        type: attributes.type ?? null,
        href: attributes.href ?? null,
      });
    },
  });
  parser.end(html);
  return preloads;
}

/** A Markdown table: one row per page, the median run. */
export function lighthouseTable(results: LighthousePageResult[]) {
  const yesNo = (value: boolean) => (value ? "yes" : "no");
  const header = ["page", "score", "runs", "LCP ms", "TBT ms", "CLS", "FCP ms", "LCP element", "LCP image preloaded", "fetchpriority=high", "render-blocking", "CPU index"];
  const rows = results.map((r) => [
    r.name,
    String(r.score),
    r.scores.join(" / "),
    r.lcpMs.toFixed(0),
    r.tbtMs.toFixed(0),
    r.cls.toFixed(3),
    r.fcpMs.toFixed(0),
    r.lcpImage ? `image ${new URL(r.lcpImage.url).pathname.split("/").pop()}` : (r.lcpElement ?? "–"),
    r.lcpImage ? `${yesNo(r.lcpImage.preloaded && r.lcpImage.preloadMatches)}${r.lcpImage.lazy ? " (lazy!)" : ""}` : "–",
    r.lcpImage ? yesNo(r.lcpImage.fetchPriorityHigh) : "–",
    r.renderBlocking.map((b) => path.basename(new URL(b.url).pathname)).join(", ") || "none",
    r.benchmarkIndex.toFixed(0),
  ]);
  const line = (cells: string[]) => `| ${cells.join(" | ")} |`;
  return [line(header), line(header.map((_, i) => (i === 0 ? "---" : "---:"))), ...rows.map(line)].join("\n");
}

async function main(argv: string[]) {
  const json = argv.includes("--json");
  const runsAt = argv.indexOf("--runs");
  const runs = runsAt >= 0 ? Number(argv[runsAt + 1]) : 3;
  const urls = argv.filter((arg, i) => !arg.startsWith("--") && (runsAt < 0 || i !== runsAt + 1));
  if (!urls.length || !Number.isInteger(runs) || runs < 1) {
    console.error("usage: node --import tsx scripts/lib/bench-lighthouse.ts [--runs 3] [--json] [name=]URL...");
    process.exit(2);
  }
  const pages = urls.map((arg) => {
    const [, name, url = arg] = /^([\w -]+)=(.+)$/.exec(arg) ?? [];
    return { name: name ?? new URL(url).pathname, url };
  });
  const results = await runLighthouse(pages, { runs, log: json ? undefined : (message) => console.error(message) });
  if (json) process.stdout.write(JSON.stringify(results) + "\n");
  else console.log(`\n${lighthouseTable(results)}\n\n${LIGHTHOUSE_METHOD.replace("{runs}", String(runs))}`);
}

/** How the numbers were taken, for the line under the table. */
export const LIGHTHOUSE_METHOD =
  "Lighthouse 12 mobile preset (Moto G Power, simulated throttling: 150 ms RTT, 1.6 Mbps, 4× CPU slowdown), Debian's Chromium, median of {runs} runs per page. CPU index is Lighthouse's benchmarkIndex of this machine during the run (higher is faster; TBT is observed CPU time × 4, so a busy machine inflates it).";

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  // A parent (the bench) stops us with SIGTERM: Chromium goes with us.
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, () => {
      chromeLauncher.killAll();
      process.exit(signal === "SIGINT" ? 130 : 143);
    });
  }
  await main(process.argv.slice(2));
}
