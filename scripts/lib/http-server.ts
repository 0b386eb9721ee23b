import { randomBytes, randomUUID } from "node:crypto";
import http from "node:http";
import path from "node:path";
import { createRequestHandler, type ServerBuild } from "@remix-run/node";
import compression from "compression";
import express from "express";
import helmet from "helmet";
import { pinoHttp } from "pino-http";
import type { Logger } from "pino";
import type { CachedAnswer, PageCache } from "./page-cache.ts";
import { ROOT_DIR } from "./paths.ts";
import { sendFetchResponse, toFetchRequest } from "./remix-http.ts";

type Options = {
  /** The build, or (npm run dev) a function returning the newest one. */
  build: ServerBuild | (() => ServerBuild);
  /** The build's browser assets, served at /build/. */
  assetsDir: string;
  logger: Logger;
  production: boolean;
  /** How many proxies in front of us to believe (TRUST_PROXY): decides the client address. */
  trustProxy: number;
  pageCache?: PageCache;
};

const REQUEST_ID = /^[A-Za-z0-9._-]{8,64}$/;

/** The Express app around the Remix build: security headers, logs, static files. */
export function createApp({ build, assetsDir, logger, production, trustProxy, pageCache }: Options) {
  const app = express();
  app.disable("x-powered-by");
  // req.ip, req.protocol and req.hostname believe X-Forwarded-* only for this many hops.
  app.set("trust proxy", trustProxy);
  app.use(compression());

  app.use(
    pinoHttp({
      logger,
      genReqId: (req, res) => {
        const incoming = req.headers["x-request-id"];
        const id = typeof incoming === "string" && REQUEST_ID.test(incoming) ? incoming : randomUUID();
        res.setHeader("X-Request-Id", id);
        return id;
      },
      // Paths only: query strings can carry search terms, tokens or emails.
      serializers: {
        req: (req: { id: string; method: string; url: string }) => ({ id: req.id, method: req.method, path: req.url.split("?")[0] }),
        res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
      },
      autoLogging: { ignore: (req) => req.url?.startsWith("/build/") ?? false },
    }),
  );

  app.use((_req, res, next) => {
    res.locals.cspNonce = randomBytes(16).toString("base64");
    next();
  });
  app.use(
    helmet({
      contentSecurityPolicy: {
        useDefaults: false,
        directives: {
          "default-src": ["'self'"],
          "script-src": [(_req, res) => `'nonce-${(res as express.Response).locals.cspNonce}'`, "'strict-dynamic'"],
          "style-src": ["'self'"],
          "img-src": ["'self'", "data:"],
          "font-src": ["'self'"],
          "connect-src": ["'self'"],
          "form-action": ["'self'", "https://checkout.stripe.com"],
          "frame-ancestors": ["'none'"],
          "object-src": ["'none'"],
          "base-uri": ["'self'"],
          ...(production ? { "upgrade-insecure-requests": [] } : {}),
        },
      },
      strictTransportSecurity: production ? { maxAge: 63072000, includeSubDomains: true } : false,
      referrerPolicy: { policy: "strict-origin-when-cross-origin" },
      crossOriginEmbedderPolicy: false,
    }),
  );

  app.use(rejectCrossSiteWrites);

  // Fingerprinted build output never changes; everything else in public/ may.
  app.use("/build", express.static(assetsDir, { immutable: true, maxAge: "1y" }));
  app.use(express.static(path.join(ROOT_DIR, "public"), { maxAge: "1h" }));

  const handleRequest = createRequestHandler(build, production ? "production" : "development");
  app.all("*", async (req, res, next) => {
    try {
      const nonce = res.locals.cspNonce as string;
      const request = toFetchRequest(req, res);
      const render = () => handleRequest(request, { cspNonce: nonce, requestId: String(req.id), logger: req.log });
      const answer = pageCache ? await pageCache.respond(request, nonce, render) : await render();
      if (answer instanceof Response) await sendFetchResponse(res, answer);
      else sendCachedAnswer(res, answer);
    } catch (error) {
      next(error);
    }
  });
  return app;
}

function sendCachedAnswer(res: express.Response, answer: CachedAnswer) {
  res.status(answer.status);
  for (const [name, value] of answer.headers) res.append(name, value);
  res.setHeader("X-Page-Cache", answer.outcome);
  if (answer.outcome === "hit") res.setHeader("Age", String(answer.age));
  // A 304 keeps the browser's stored headers, whose CSP nonce matches the body it stored.
  if (answer.status === 304) res.removeHeader("Content-Security-Policy");
  res.end(answer.body ?? undefined);
}

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);
// Signed by their sender instead: the request comes from another site by design.
const CROSS_SITE_ENDPOINTS = new Set(["/webhooks/stripe"]);

/**
 * CSRF protection for every state-changing request, in one place no action can forget:
 * browsers say where a request comes from (Sec-Fetch-Site, Origin), and a write from another
 * site is refused. Forms keep working without JavaScript, since browsers send both on a POST.
 */
export function rejectCrossSiteWrites(req: express.Request, res: express.Response, next: express.NextFunction) {
  if (SAFE_METHODS.has(req.method) || CROSS_SITE_ENDPOINTS.has(req.path)) return next();
  const fetchSite = req.get("sec-fetch-site");
  const origin = req.get("origin");
  const sameSite = fetchSite
    ? fetchSite === "same-origin" || fetchSite === "none"
    : origin
      ? origin === `${req.protocol}://${req.get("host")}`
      : false;
  if (sameSite && originMatchesHost(req)) return next();
  res.status(403).type("text/plain").send("This request came from another site and was refused.");
}

/**
 * An Origin header must name this host (as Remix compares them: X-Forwarded-Host, else Host).
 * Browsers always agree with Sec-Fetch-Site; a hand-made request that does not (or sends an
 * Origin that is not a URL) is refused here, rather than throwing inside Remix as a 500.
 */
function originMatchesHost(req: express.Request) {
  const origin = req.get("origin");
  if (!origin || origin === "null") return true;
  const host = req.get("x-forwarded-host")?.split(",")[0]?.trim() || req.get("host");
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

/** Listens, and returns a close() that stops accepting and lets in-flight requests finish. */
export async function listen(app: express.Express, port: number) {
  const server = http.createServer(app);
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, () => resolve());
  });
  const address = server.address();
  const boundPort = typeof address === "object" && address ? address.port : port;
  return {
    port: boundPort,
    close: (graceMs = 10_000) =>
      new Promise<void>((resolve) => {
        const force = setTimeout(() => server.closeAllConnections(), graceMs);
        server.close(() => {
          clearTimeout(force);
          resolve();
        });
        server.closeIdleConnections();
      }),
  };
}
