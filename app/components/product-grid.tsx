import { Link } from "@remix-run/react";
import { ResponsiveImage } from "~/components/responsive-image";
import { useShopCurrency } from "~/root";
import { formatMoney } from "~/utils/money";

type Card = {
  id: string;
  handle: string;
  name: string;
  priceFrom: number;
  soldOut: boolean;
  image: { key: string; alt: string; width: number; height: number } | null;
};

// Four columns above 900px, two below, 1.5rem apart, in the container (100vw − 3rem, at most 76rem).
const CARD_SIZES = "(min-width: 1264px) 286px, (min-width: 900px) calc(25vw - 30px), calc(50vw - 36px)";

export function ProductGrid({ products, priorityCount = 0 }: { products: Card[]; priorityCount?: number }) {
  const currency = useShopCurrency();
  return (
    <ul className="product-grid">
      {products.map((product, index) => (
        <li key={product.id} className="product-card">
          {product.image ? (
            <ResponsiveImage
              imageKey={product.image.key}
              width={product.image.width}
              height={product.image.height}
              alt={product.image.alt}
              sizes={CARD_SIZES}
              priority={index < priorityCount}
            />
          ) : null}
          <h3 className="product-card__name">
            <Link to={`/products/${product.handle}`} prefetch="intent">
              {product.name}
            </Link>
          </h3>
          <p className="product-card__price">
            {formatMoney(product.priceFrom, currency)}
            {product.soldOut ? <span className="badge"> Sold out</span> : null}
          </p>
        </li>
      ))}
    </ul>
  );
}
