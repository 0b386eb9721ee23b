import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import type { ShouldRevalidateFunction } from "@remix-run/react";
import { Link, useLoaderData, useSearchParams } from "@remix-run/react";
import { useEffect, useState } from "react";
import { AddToCartForm } from "~/components/add-to-cart-form";
import { MakerAttribution } from "~/components/maker-attribution";
import { MoneyBreakdown } from "~/components/money-breakdown";
import { ProductGrid } from "~/components/product-grid";
import { imagePreload, ResponsiveImage } from "~/components/responsive-image";
import { getPublishedProduct, listRelatedProducts, type ProductPage } from "~/models/product.server";
import { useShopCurrency } from "~/root";
import productStyles from "~/styles/product.css";
import { getPublicEnv } from "~/utils/env.server";
import { catalogCacheHeaders, catalogHeaders } from "~/utils/http-cache";
import { formatMoney } from "~/utils/money";
import { shopOrigin } from "~/utils/origin.server";
import { breadcrumbJsonLd, jsonLdMeta, pageMeta, productJsonLd, shareImageUrl } from "~/utils/seo";
import { FREE_SHIPPING_THRESHOLD, RETURN_DAYS } from "~/utils/shop";
import { productParams, productSearch } from "~/utils/storefront-input.server";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: productStyles }];

// How wide the gallery draws its images: the container is 100vw − 3rem up to 76rem; above 900px
// the gallery is the 7fr of a 7fr 5fr grid with a 3rem gap, and the smaller images share a row.
const MAIN_IMAGE_SIZES = "(min-width: 1264px) 682px, (min-width: 900px) calc(58.33vw - 56px), calc(100vw - 48px)";
const MORE_IMAGE_SIZES = "(min-width: 1264px) 335px, (min-width: 900px) calc(29.17vw - 34px), calc(50vw - 30px)";

/** The requested variant when it belongs to this product; else the first one in stock; else the first. */
function chooseVariant(variants: ProductPage["variants"], requested: string | null | undefined) {
  return variants.find((v) => v.id === requested) ?? variants.find((v) => v.available > 0) ?? variants[0];
}

export const headers = catalogHeaders;

export async function loader({ request, params: rawParams }: LoaderFunctionArgs) {
  const parsed = productParams.safeParse(rawParams);
  const product = parsed.success ? await getPublishedProduct(parsed.data.handle) : null;
  // A product with nothing to sell has no page yet.
  if (!product || product.variants.length === 0) throw new Response("Not found", { status: 404 });
  const related = await listRelatedProducts(product, 4);
  const { variant } = productSearch.parse(Object.fromEntries(new URL(request.url).searchParams));
  return json(
    {
      product,
      related,
      selectedVariantId: chooseVariant(product.variants, variant)!.id,
      origin: shopOrigin(request),
      currency: getPublicEnv().SHOP_CURRENCY,
    },
    { headers: catalogCacheHeaders(request) },
  );
}

// Choosing another variant only changes ?variant=, which the page handles without the server.
export const shouldRevalidate: ShouldRevalidateFunction = ({ currentUrl, nextUrl, formMethod, defaultShouldRevalidate }) => {
  if (formMethod || currentUrl.pathname !== nextUrl.pathname) return defaultShouldRevalidate;
  const withoutVariant = (url: URL) => {
    const copy = new URLSearchParams(url.search);
    copy.delete("variant");
    return copy.toString();
  };
  return withoutVariant(currentUrl) === withoutVariant(nextUrl) ? false : defaultShouldRevalidate;
};

export const meta: MetaFunction<typeof loader> = ({ data }) => {
  if (!data) return [{ title: "We couldn't find that piece — Belonging" }];
  const { product, origin, currency } = data;
  const url = `${origin}/products/${product.handle}`;
  const image = product.images[0];
  return [
    ...(image ? [imagePreload({ imageKey: image.key, width: image.width, sizes: MAIN_IMAGE_SIZES })] : []),
    ...pageMeta({
      title: product.name,
      description: product.summary,
      url,
      image: image ? shareImageUrl(origin, image) : null,
      imageAlt: image?.alt,
      type: "product",
    }),
    jsonLdMeta(productJsonLd(product, url, currency)),
    jsonLdMeta(
      breadcrumbJsonLd([
        { name: "Home", url: `${origin}/` },
        { name: "Shop", url: `${origin}/collections` },
        { name: product.name, url },
      ]),
    ),
  ];
};

const CATEGORY_PLURAL = {
  BRACELET: "bracelets",
  NECKLACE: "necklaces",
  EARRINGS: "earrings",
  RING: "rings",
  ANKLET: "anklets",
} as const;

export default function ProductRoute() {
  const { product, related, selectedVariantId } = useLoaderData<typeof loader>();
  const currency = useShopCurrency();
  const [searchParams, setSearchParams] = useSearchParams();
  // A choice shows at once; the URL catches up a moment later, and from then on it decides.
  const [justChosen, setJustChosen] = useState<string | null>(null);
  useEffect(() => setJustChosen(null), [searchParams]);
  const selected = chooseVariant(product.variants, justChosen ?? searchParams.get("variant") ?? selectedVariantId)!;

  function selectVariant(id: string) {
    setJustChosen(id);
    setSearchParams(
      (previous) => {
        const next = new URLSearchParams(previous);
        next.set("variant", id);
        return next;
      },
      { replace: true, preventScrollReset: true },
    );
  }

  return (
    <>
      <nav aria-label="Breadcrumb" className="container breadcrumbs">
        <ol>
          <li>
            <Link to="/">Home</Link>
          </li>
          <li>
            <Link to="/collections">Shop</Link>
          </li>
          <li>
            <span aria-current="page">{product.name}</span>
          </li>
        </ol>
      </nav>
      <div className="container product">
        <div className="gallery">
          {product.images.map((image, index) => (
            <ResponsiveImage
              key={image.key}
              imageKey={image.key}
              width={image.width}
              height={image.height}
              alt={image.alt}
              sizes={index === 0 ? MAIN_IMAGE_SIZES : MORE_IMAGE_SIZES}
              lcp={index === 0}
            />
          ))}
        </div>
        <div className="product__details">
          <h1>{product.name}</h1>
          <p className="product__price">{formatMoney(selected.price, currency)}</p>
          <p className="product__summary">{product.summary}</p>
          <MakerAttribution credits={product.credits} />
          <AddToCartForm variants={product.variants} selected={selected} onSelect={selectVariant} />

          <section className="product__section" aria-labelledby="about-heading">
            <h2 id="about-heading">About this piece</h2>
            {product.description.split(/\n\s*\n/).map((paragraph, index) => (
              <p key={index}>{paragraph}</p>
            ))}
          </section>
          <section className="product__section" aria-labelledby="care-heading">
            <h2 id="care-heading">Materials and care</h2>
            <p>{product.materials}</p>
            <p>{product.care}</p>
          </section>
          <section className="product__section" aria-labelledby="shipping-heading">
            <h2 id="shipping-heading">Shipping and returns</h2>
            <p>
              Standard shipping is free on orders of {formatMoney(FREE_SHIPPING_THRESHOLD, currency)} or more. Each piece
              is packed by hand in our studio, in recycled packaging.
            </p>
            <p>
              Changed your mind? Send it back unworn within {RETURN_DAYS} days for a full refund.
            </p>
          </section>
          <MoneyBreakdown price={selected.price} shares={product} currency={currency} />
        </div>
      </div>
      {related.length > 0 ? (
        <section className="container section" aria-labelledby="related-heading">
          <h2 id="related-heading">More {CATEGORY_PLURAL[product.category]}</h2>
          <ProductGrid products={related} />
        </section>
      ) : null}
    </>
  );
}
