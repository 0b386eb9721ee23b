// Express ⇄ Fetch for the Remix handler, through @remix-run/node's public API only. (The
// @remix-run/express adapter's handler has no place for the page cache between the two.)
import type express from "express";
import { createReadableStreamFromReadable, writeReadableStreamToWritable } from "@remix-run/node";
import { CLIENT_ADDRESS_HEADER } from "../../app/utils/client-address.ts";

/** The Fetch Request for an Express request, with the client's address; aborted if the client goes away before the answer. */
export function toFetchRequest(req: express.Request, res: express.Response): Request {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (name === CLIENT_ADDRESS_HEADER) continue;
    if (Array.isArray(value)) for (const item of value) headers.append(name, item);
    else if (value !== undefined) headers.set(name, value);
  }
  // Express's req.ip follows the "trust proxy" setting (TRUST_PROXY), never the client's say.
  headers.set(CLIENT_ADDRESS_HEADER, req.ip ?? req.socket.remoteAddress ?? "unknown");
  // req.hostname and req.protocol follow the "trust proxy" setting; the port comes from Host.
  const port = req.get("host")?.match(/:(\d+)$/)?.[1];
  const url = new URL(`${req.protocol}://${req.hostname}${port ? `:${port}` : ""}${req.originalUrl}`);
  const controller = new AbortController();
  res.on("close", () => {
    if (!res.writableFinished) controller.abort();
  });
  const hasBody = req.method !== "GET" && req.method !== "HEAD";
  return new Request(url.href, {
    method: req.method,
    headers,
    signal: controller.signal,
    ...(hasBody ? { body: createReadableStreamFromReadable(req), duplex: "half" } : {}),
  } as RequestInit);
}

/** Writes a Fetch Response to Express, streaming its body. */
export async function sendFetchResponse(res: express.Response, response: Response) {
  res.statusMessage = response.statusText;
  res.status(response.status);
  for (const [name, value] of response.headers.entries()) res.append(name, value);
  if (response.headers.get("Content-Type")?.match(/text\/event-stream/i)) res.flushHeaders();
  if (response.body) await writeReadableStreamToWritable(response.body, res);
  else res.end();
}
