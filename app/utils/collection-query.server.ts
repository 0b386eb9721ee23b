// A collection page's handle and query string, validated on the server only, so the page's
// browser bundle does not carry zod.
import { z } from "zod";
import { PRICE_BANDS, SORTS, type CollectionQuery, type CollectionSort, type PriceBand } from "~/utils/collection-query";

export const handleSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/).max(100);

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .regex(/^[\p{L}\p{N} '&-]*$/u)
    .transform((value) => value || undefined);

// Links get shared and catalogues change, so a stale or mistyped value falls back to the
// default instead of failing the page.
const collectionQuerySchema: z.ZodType<CollectionQuery, z.ZodTypeDef, unknown> = z.object({
  sort: z.enum(SORTS.map((s) => s.value) as [CollectionSort, ...CollectionSort[]]).catch("featured"),
  material: optionalText(60).optional().catch(undefined),
  price: z
    .enum(PRICE_BANDS.map((b) => b.value) as [PriceBand, ...PriceBand[]])
    .optional()
    .catch(undefined),
  inStock: z.literal("1").optional().catch(undefined).transform((value) => value === "1"),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});
export function parseCollectionQuery(params: URLSearchParams): CollectionQuery {
  return collectionQuerySchema.parse({
    sort: params.get("sort") ?? undefined,
    material: params.get("material") ?? undefined,
    price: params.get("price") || undefined,
    inStock: params.get("inStock") ?? undefined,
    page: params.get("page") ?? undefined,
  });
}
