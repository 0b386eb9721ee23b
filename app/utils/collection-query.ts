import { formatMoney } from "~/utils/money";

/** The virtual collection of every published piece. */
export const ALL_HANDLE = "all";
export const COLLECTION_PAGE_SIZE = 12;

export const SORTS = [
  { value: "featured", label: "Featured" },
  { value: "price-asc", label: "Price, low to high" },
  { value: "price-desc", label: "Price, high to low" },
  { value: "newest", label: "Newest" },
] as const;
export type CollectionSort = (typeof SORTS)[number]["value"];

/** Filter bands on a piece's lowest price, in minor units: min inclusive, max exclusive. */
export const PRICE_BANDS = [
  { value: "under-50", max: 5000 },
  { value: "50-100", min: 5000, max: 10000 },
  { value: "100-150", min: 10000, max: 15000 },
  { value: "over-150", min: 15000 },
] as const satisfies readonly { value: string; min?: number; max?: number }[];
export type PriceBand = (typeof PRICE_BANDS)[number]["value"];

export function priceBand(value: PriceBand): { min?: number; max?: number } {
  return PRICE_BANDS.find((band) => band.value === value)!;
}

/** "Under $50", "$50 to $100", "$150 and over", in the shop currency without a zero cents part. */
export function priceBandLabel(value: PriceBand, currency: string) {
  const { min, max } = priceBand(value);
  const money = (minor: number) => formatMoney(minor, currency).replace(/\.00$/, "");
  if (min === undefined) return `Under ${money(max!)}`;
  if (max === undefined) return `${money(min)} and over`;
  return `${money(min)} to ${money(max)}`;
}

export type CollectionQuery = {
  sort: CollectionSort;
  material?: string;
  price?: PriceBand;
  inStock: boolean;
  page: number;
};

/** The query string for `query`, leaving out defaults so URLs stay short and shareable. */
export function collectionSearch(query: CollectionQuery) {
  const params = new URLSearchParams();
  if (query.sort !== "featured") params.set("sort", query.sort);
  if (query.material) params.set("material", query.material);
  if (query.price) params.set("price", query.price);
  if (query.inStock) params.set("inStock", "1");
  if (query.page > 1) params.set("page", String(query.page));
  const search = params.toString();
  return search ? `?${search}` : "";
}

export function hasFilters(query: CollectionQuery) {
  return Boolean(query.material || query.price || query.inStock);
}
