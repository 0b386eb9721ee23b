import { Link, useFetcher } from "@remix-run/react";
import { useEffect, useState } from "react";
import { ResponsiveImage } from "~/components/responsive-image";
import type { CartLineView } from "~/models/cart.server";
import { useShopCurrency } from "~/root";
import type { action as cartAction, CartActionData } from "~/routes/cart";
import { formatMoney } from "~/utils/money";
import { MAX_LINE_QUANTITY } from "~/utils/shop";

function stockNote(line: CartLineView) {
  if (!line.published) return "No longer available";
  if (line.available <= 0) return "Sold out";
  if (line.quantity > line.available) return `Only ${line.available} left — please lower the quantity`;
  return null;
}

/**
 * One line of the bag. Its quantity and remove forms are plain forms without JavaScript and
 * fetchers with it, so the page does not reload and focus stays where it was.
 */
export function CartLineItem({ line, answer }: { line: CartLineView; answer?: CartActionData }) {
  const currency = useShopCurrency();
  const update = useFetcher<typeof cartAction>();
  const remove = useFetcher<typeof cartAction>();
  const [quantity, setQuantity] = useState(String(line.quantity));
  const busy = update.state !== "idle" || remove.state !== "idle";

  // Show what the bag holds after each answer (it may have been capped at what is available).
  useEffect(() => {
    if (update.state === "idle") setQuantity(String(line.quantity));
  }, [line.quantity, update.state, update.data]);

  // The latest answer for this line: a fetcher's with JavaScript, the page's without.
  const shown =
    (remove.state === "idle" && remove.data && !remove.data.ok ? remove.data : undefined) ??
    (update.state === "idle" ? update.data : undefined) ??
    answer;
  const message = shown ? (shown.ok ? (shown.notice ?? (shown.intent === "update" ? "Quantity updated." : null)) : shown.error) : null;
  const note = stockNote(line);
  const label = `${line.productName}, ${line.variantTitle}`;
  const quantityId = `quantity-${line.id}`;

  return (
    <li className="cart-line">
      <div className="cart-line__image">
        {line.image ? (
          <ResponsiveImage
            imageKey={line.image.key}
            width={line.image.width}
            height={line.image.height}
            alt={line.image.alt}
            sizes="(min-width: 900px) 120px, 96px"
          />
        ) : null}
      </div>
      <div className="cart-line__body">
        <h3 className="cart-line__name">
          <Link to={`/products/${line.handle}?variant=${line.variantId}`}>{line.productName}</Link>
        </h3>
        <p className="cart-line__variant">{line.variantTitle}</p>
        <p className="cart-line__price">
          <span data-testid="unit-price">{formatMoney(line.unitPrice, currency)}</span> each
        </p>
        {note ? <p className="cart-line__note">{note}</p> : null}
        <div className="cart-line__actions">
          <update.Form method="post" action="/cart" className="cart-line__quantity">
            <input type="hidden" name="intent" value="update" />
            <input type="hidden" name="lineId" value={line.id} />
            <label htmlFor={quantityId}>
              Quantity<span className="visually-hidden"> of {label}</span>
            </label>
            <input
              id={quantityId}
              type="number"
              name="quantity"
              inputMode="numeric"
              min={1}
              max={MAX_LINE_QUANTITY}
              required
              value={quantity}
              onChange={(event) => setQuantity(event.target.value)}
            />
            <button
              type="submit"
              className="button button--quiet cart-line__update"
              aria-disabled={busy || undefined}
              onClick={(event) => {
                if (busy) event.preventDefault();
              }}
            >
              Update<span className="visually-hidden"> quantity of {label}</span>
            </button>
          </update.Form>
          <remove.Form method="post" action="/cart">
            <input type="hidden" name="intent" value="remove" />
            <input type="hidden" name="lineId" value={line.id} />
            <button type="submit" className="cart-line__remove" aria-disabled={busy || undefined}>
              Remove<span className="visually-hidden"> {label}</span>
            </button>
          </remove.Form>
        </div>
        <div role="status" className={`cart-line__status${shown && !shown.ok ? " cart-line__status--error" : ""}`}>
          {message}
        </div>
      </div>
      <p className="cart-line__total">
        <span className="visually-hidden">Line total: </span>
        {line.purchasable ? formatMoney(line.lineTotal, currency) : "Not included"}
      </p>
    </li>
  );
}
