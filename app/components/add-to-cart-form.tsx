import { Link, useFetcher } from "@remix-run/react";
import { useState } from "react";
import { useHydrated } from "~/components/use-hydrated";
import { useShopCurrency } from "~/root";
import type { action as cartAction } from "~/routes/cart";
import { formatMoney } from "~/utils/money";
import { LOW_STOCK } from "~/utils/seo";
import { MAX_LINE_QUANTITY } from "~/utils/shop";

type Variant = {
  id: string;
  title: string;
  metal: string;
  size: string | null;
  length: string | null;
  price: number;
  available: number;
};

function availabilityText(available: number) {
  if (available <= 0) return "Sold out";
  if (available <= LOW_STOCK) return `Only ${available} left`;
  return "In stock";
}

function availabilityClass(available: number) {
  return available <= 0 ? "stock-out" : available <= LOW_STOCK ? "stock-low" : "stock-in";
}

/** "Choose metal and size": names only the options that differ between variants. */
function optionLegend(variants: Variant[]) {
  const differs = (pick: (v: Variant) => string | null) => new Set(variants.map(pick)).size > 1;
  const names = [
    differs((v) => v.metal) && "metal",
    differs((v) => v.size) && "size",
    differs((v) => v.length) && "length",
  ].filter(Boolean);
  return names.length ? `Choose ${names.join(" and ")}` : "Choose an option";
}

/**
 * One radio group of variants and the add button: a plain form posting to /cart without
 * JavaScript (which then shows the bag), a fetcher with a live confirmation with it.
 */
export function AddToCartForm({
  variants,
  selected,
  onSelect,
}: {
  variants: Variant[];
  selected: Variant;
  onSelect: (variantId: string) => void;
}) {
  const fetcher = useFetcher<typeof cartAction>();
  const hydrated = useHydrated();
  const currency = useShopCurrency();
  // The answer belongs to the variant it was for; choosing another one clears it.
  const [answeredFor, setAnsweredFor] = useState<string | null>(null);
  const pending = fetcher.state !== "idle";
  const soldOut = selected.available <= 0;
  const result = !pending && answeredFor === selected.id ? fetcher.data : undefined;

  return (
    <fetcher.Form method="post" action="/cart" className="add-to-cart" onSubmit={() => setAnsweredFor(selected.id)}>
      <input type="hidden" name="intent" value="add" />
      {hydrated ? <input type="hidden" name="enhanced" value="1" /> : null}
      {variants.length > 1 ? (
        <fieldset className="variant-picker">
          <legend>{optionLegend(variants)}</legend>
          <div className="variant-picker__options">
            {variants.map((variant) => (
              <label key={variant.id} className="variant-option">
                <input
                  type="radio"
                  name="variantId"
                  value={variant.id}
                  checked={variant.id === selected.id}
                  onChange={() => onSelect(variant.id)}
                />
                <span className="variant-option__title">{variant.title}</span>
                <span className="variant-option__meta">
                  {formatMoney(variant.price, currency)} ·{" "}
                  <span className={availabilityClass(variant.available)}>{availabilityText(variant.available)}</span>
                </span>
              </label>
            ))}
          </div>
        </fieldset>
      ) : (
        <>
          <input type="hidden" name="variantId" value={selected.id} />
          <p className="variant-single">{selected.title}</p>
        </>
      )}
      <p className={`add-to-cart__stock ${availabilityClass(selected.available)}`}>{availabilityText(selected.available)}</p>
      <div className="add-to-cart__row">
        <div className="add-to-cart__quantity">
          <label htmlFor="add-quantity">Quantity</label>
          <input id="add-quantity" type="number" name="quantity" inputMode="numeric" min={1} max={MAX_LINE_QUANTITY} defaultValue={1} required />
        </div>
        <button
          type="submit"
          className="button add-to-cart__button"
          disabled={soldOut}
          aria-disabled={pending || undefined}
          onClick={(event) => {
            if (pending) event.preventDefault();
          }}
        >
          {soldOut ? "Sold out" : pending ? "Adding…" : "Add to bag"}
        </button>
      </div>
      <div className="add-to-cart__status" role="status">
        {result ? (
          result.ok ? (
            <p className="notice notice--success">
              {result.notice ?? "Added to your bag."} <Link to="/cart">View your bag</Link>
            </p>
          ) : (
            <p className="notice notice--error">{result.error}</p>
          )
        ) : null}
      </div>
    </fetcher.Form>
  );
}
