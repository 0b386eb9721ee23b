import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { ResponsiveImage } from "~/components/responsive-image";
import { getPublishedProduct } from "~/models/product.server";
import { useShopCurrency } from "~/root";
import { formatMoney } from "~/utils/money";

export async function loader({ params }: LoaderFunctionArgs) {
  const product = await getPublishedProduct(params.handle ?? "");
  if (!product) throw new Response("Not found", { status: 404 });
  return json({ product });
}

export const meta: MetaFunction<typeof loader> = ({ data }) =>
  data ? [{ title: `${data.product.name} — Belonging` }, { name: "description", content: data.product.summary }] : [];

export default function ProductPage() {
  const { product } = useLoaderData<typeof loader>();
  const currency = useShopCurrency();
  const prices = product.variants.map((v) => v.price);
  const lowest = Math.min(...prices);
  const highest = Math.max(...prices);
  return (
    <div className="container product">
      <div className="gallery">
        {product.images.map((image, index) => (
          <ResponsiveImage
            key={image.key}
            imageKey={image.key}
            width={image.width}
            height={image.height}
            alt={image.alt}
            sizes={index === 0 ? "(min-width: 900px) 55vw, 100vw" : "(min-width: 900px) 27vw, 50vw"}
            priority={index === 0}
          />
        ))}
      </div>
      <div>
        <h1>{product.name}</h1>
        <p className="product__price">
          {lowest === highest
            ? formatMoney(lowest, currency)
            : `${formatMoney(lowest, currency)} – ${formatMoney(highest, currency)}`}
        </p>
        <p>{product.summary}</p>
        <h2 className="visually-hidden">Options</h2>
        <ul className="variant-list">
          {product.variants.map((variant) => (
            <li key={variant.id}>
              <span>{variant.title}</span>
              <span>
                {formatMoney(variant.price, currency)} ·{" "}
                {variant.available === 0 ? (
                  <span className="stock-out">Sold out</span>
                ) : variant.available <= 2 ? (
                  <span className="stock-low">Only {variant.available} left</span>
                ) : (
                  <span>In stock</span>
                )}
              </span>
            </li>
          ))}
        </ul>
        <p className="muted">Handcrafted by an artisan in our program.</p>
        <h2>About this piece</h2>
        {product.description.split(/\n\s*\n/).map((paragraph, index) => (
          <p key={index}>{paragraph}</p>
        ))}
        <h2>Materials and care</h2>
        <p>{product.materials}</p>
        <p>{product.care}</p>
      </div>
    </div>
  );
}
