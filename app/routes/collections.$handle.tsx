import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, Link, useLoaderData, useSubmit } from "@remix-run/react";
import { useEffect, useRef, type ChangeEvent } from "react";
import { Pagination } from "~/components/pagination";
import { ProductGrid } from "~/components/product-grid";
import { imagePreload, ResponsiveImage } from "~/components/responsive-image";
import { getCollectionPage } from "~/models/collection.server";
import { useShopCurrency } from "~/root";
import collectionsStyles from "~/styles/collections.css";
import {
  collectionSearch,
  hasFilters,
  PRICE_BANDS,
  priceBandLabel,
  SORTS,
  type CollectionQuery,
  type CollectionSort,
  type PriceBand,
} from "~/utils/collection-query";
import { handleSchema, parseCollectionQuery } from "~/utils/collection-query.server";
import { catalogCacheHeaders, catalogHeaders } from "~/utils/http-cache";
import { HERO_IMAGE_SIZE } from "~/utils/images";
import { shopOrigin } from "~/utils/origin.server";
import { absoluteUrl, breadcrumbJsonLd, jsonLdMeta, pageMeta, shareImageUrl } from "~/utils/seo";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: collectionsStyles }];

export const headers = catalogHeaders;

export async function loader({ request, params }: LoaderFunctionArgs) {
  const handle = handleSchema.safeParse(params.handle);
  if (!handle.success) throw new Response("Not found", { status: 404 });
  const query = parseCollectionQuery(new URL(request.url).searchParams);
  const page = await getCollectionPage({ handle: handle.data, ...query });
  if (!page || query.page > page.pageCount) throw new Response("Not found", { status: 404 });
  return json({ ...page, query, origin: shopOrigin(request) }, { headers: catalogCacheHeaders(request) });
}

// The hero is the head's second column above 900px (2rem gap), else the container's full width.
const HERO_SIZES = "(min-width: 1264px) 592px, (min-width: 900px) calc(50vw - 40px), calc(100vw - 48px)";

export const meta: MetaFunction<typeof loader> = ({ data }) => {
  if (!data) return [];
  const { collection, query, origin } = data;
  const path = `/collections/${collection.handle}`;
  return [
    ...(collection.heroImageKey ? [imagePreload({ imageKey: collection.heroImageKey, width: HERO_IMAGE_SIZE.width, sizes: HERO_SIZES })] : []),
    ...pageMeta({
      title: query.page > 1 ? `${collection.title}, page ${query.page}` : collection.title,
      description: collection.intro,
      url: absoluteUrl(origin, query.page > 1 ? `${path}?page=${query.page}` : path),
      image: collection.heroImageKey ? shareImageUrl(origin, { key: collection.heroImageKey, width: HERO_IMAGE_SIZE.width }) : null,
      imageAlt: collection.heroAlt || null,
    }),
    jsonLdMeta(
      breadcrumbJsonLd([
        { name: "Shop", url: absoluteUrl(origin, "/collections") },
        { name: collection.title, url: absoluteUrl(origin, path) },
      ]),
    ),
  ];
};

const pieces = (count: number) => `${count} ${count === 1 ? "piece" : "pieces"}`;

export default function CollectionPage() {
  const { collection, products, total, pageCount, materials, query } = useLoaderData<typeof loader>();
  const path = `/collections/${collection.handle}`;
  const currency = useShopCurrency();
  const clearHref = path + collectionSearch({ sort: query.sort, page: 1, inStock: false });

  return (
    <div className="container collection">
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link to="/collections">Shop</Link>
        <span aria-hidden="true"> / </span>
        <span aria-current="page">{collection.title}</span>
      </nav>
      <header className={collection.heroImageKey ? "collection__head collection__head--image" : "collection__head"}>
        <div className="collection__text">
          {collection.isGift ? (
            <p className="eyebrow">
              Gift collection
              {collection.priceLabel ? <span className="collection__band">{collection.priceLabel}</span> : null}
            </p>
          ) : null}
          <h1>{collection.title}</h1>
          <p className="collection__intro">{collection.intro}</p>
        </div>
        {collection.heroImageKey ? (
          <ResponsiveImage
            imageKey={collection.heroImageKey}
            width={HERO_IMAGE_SIZE.width}
            height={HERO_IMAGE_SIZE.height}
            alt={collection.heroAlt ?? ""}
            sizes={HERO_SIZES}
            className="collection__hero"
            lcp
          />
        ) : null}
      </header>

      <FilterForm path={path} query={query} materials={materials} currency={currency} priceFilter={!collection.hasPriceBand} />

      <div className="collection__results">
        <p className="collection__count" role="status">
          {pieces(total)}
          {hasFilters(query) ? " match your filters" : ""}
        </p>
        {total === 0 ? (
          <div className="collection__empty">
            <h2>No pieces match these filters</h2>
            <p>
              {query.inStock
                ? "Try another material or price, or include pieces that are sold out for now."
                : "Try another material or price."}
            </p>
            <Link className="button button--quiet" to={clearHref}>
              Clear filters
            </Link>
          </div>
        ) : (
          <>
            <h2 className="visually-hidden">Pieces</h2>
            <ProductGrid products={products} priorityCount={collection.heroImageKey ? 0 : 4} />
            <Pagination
              page={query.page}
              pageCount={pageCount}
              hrefFor={(n) => path + collectionSearch({ ...query, page: n })}
              label={`${collection.title} pages`}
            />
          </>
        )}
      </div>
    </div>
  );
}

type FilterFormProps = { path: string; query: CollectionQuery; materials: string[]; currency: string; priceFilter: boolean };

/** The filters the form currently shows, as a query string (page left out). */
function formSearch(form: HTMLFormElement) {
  const data = new FormData(form);
  const chosen = (name: string) => {
    const value = data.get(name);
    return typeof value === "string" && value ? value : undefined;
  };
  // The form's own options; the loader validates whatever arrives.
  return collectionSearch({
    sort: (chosen("sort") ?? "featured") as CollectionSort,
    material: chosen("material"),
    price: chosen("price") as PriceBand | undefined,
    inStock: chosen("inStock") === "1",
    page: 1,
  });
}

function showQuery(form: HTMLFormElement, query: CollectionQuery) {
  const field = (name: string) => form.elements.namedItem(name);
  const values = { sort: query.sort, material: query.material ?? "", price: query.price ?? "" };
  for (const [name, value] of Object.entries(values)) {
    const select = field(name);
    if (select instanceof HTMLSelectElement) select.value = value;
  }
  const inStock = field("inStock");
  if (inStock instanceof HTMLInputElement) inStock.checked = query.inStock;
}

function FilterForm({ path, query, materials, currency, priceFilter }: FilterFormProps) {
  const submit = useSubmit();
  const formRef = useRef<HTMLFormElement>(null);
  const shown = useRef<string | null>(null);

  useEffect(() => {
    const form = formRef.current;
    if (!form) return;
    const wanted = collectionSearch({ ...query, page: 1 });
    if (shown.current === null) {
      shown.current = wanted;
      // A filter changed before the page became interactive has not been applied yet.
      if (formSearch(form) !== wanted) submit(form, { preventScrollReset: true, replace: true });
    } else if (shown.current !== wanted) {
      // Links and the back button change the URL without touching the form.
      shown.current = wanted;
      showQuery(form, query);
    }
  }, [query, submit]);

  // Submitting the form drops `page`, so a new filter starts again at page 1.
  const onChange = (event: ChangeEvent<HTMLFormElement>) => submit(event.currentTarget, { preventScrollReset: true, replace: true });

  return (
    <Form ref={formRef} method="get" action={path} className="filters" aria-label="Filter and sort" autoComplete="off" onChange={onChange}>
      <div className="filters__field">
        <label htmlFor="filter-sort">Sort by</label>
        <select id="filter-sort" name="sort" defaultValue={query.sort}>
          {SORTS.map((sort) => (
            <option key={sort.value} value={sort.value}>
              {sort.label}
            </option>
          ))}
        </select>
      </div>
      {materials.length > 1 ? (
        <div className="filters__field">
          <label htmlFor="filter-material">Material</label>
          <select id="filter-material" name="material" defaultValue={query.material ?? ""}>
            <option value="">All materials</option>
            {materials.map((material) => (
              <option key={material} value={material}>
                {material}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      {priceFilter || query.price ? (
        <div className="filters__field">
          <label htmlFor="filter-price">Price</label>
          <select id="filter-price" name="price" defaultValue={query.price ?? ""}>
            <option value="">Any price</option>
            {PRICE_BANDS.map((band) => (
              <option key={band.value} value={band.value}>
                {priceBandLabel(band.value, currency)}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      <div className="filters__check">
        <input id="filter-in-stock" type="checkbox" name="inStock" value="1" defaultChecked={query.inStock} />
        <label htmlFor="filter-in-stock">In stock only</label>
      </div>
      <noscript>
        <button type="submit" className="button">
          Apply
        </button>
      </noscript>
    </Form>
  );
}
