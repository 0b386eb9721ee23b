// What public pages read from the URL, validated on the server only. Kept out of the route
// modules so their browser bundles do not carry zod.
import { z } from "zod";

export const productParams = z.object({ handle: z.string().min(1).max(200) });
export const productSearch = z.object({ variant: z.string().max(64).optional().catch(undefined) });

export const searchQuery = z.object({
  // Control characters (NUL among them) can never be part of a sensible search.
  // eslint-disable-next-line no-control-regex
  q: z.string().transform((value) => value.replace(/[\u0000-\u001f\u007f]+/g, " ").trim()),
  page: z.coerce.number().int().min(1).max(1000).catch(1),
});

export const journalQuery = z.object({ page: z.coerce.number().int().min(1).max(10_000).default(1) });
export const articleSlug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/).max(200);
