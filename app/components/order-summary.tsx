import { ResponsiveImage } from "~/components/responsive-image";
import { formatMoney } from "~/utils/money";

type Line = {
  id: string;
  productName: string;
  variantTitle: string;
  unitPrice: number;
  quantity: number;
  imageKey: string | null;
  imageAlt: string | null;
  imageWidth: number | null;
  imageHeight: number | null;
};

type Totals = {
  currency: string;
  subtotal: number;
  giftWrapAmount: number;
  /** Null until the shopper has chosen shipping on the payment page. */
  shipping: { label: string; amount: number } | null;
  total: number;
  refundedAmount?: number;
};

/** The pieces of an order, as snapshotted when it was placed. */
export function OrderLines({ lines, currency }: { lines: Line[]; currency: string }) {
  return (
    <ul className="order-lines">
      {lines.map((line) => (
        <li key={line.id} className="order-line">
          <div className="order-line__image">
            {line.imageKey && line.imageWidth && line.imageHeight ? (
              <ResponsiveImage
                imageKey={line.imageKey}
                width={line.imageWidth}
                height={line.imageHeight}
                alt={line.imageAlt ?? ""}
                sizes="80px"
              />
            ) : null}
          </div>
          <div>
            <p className="order-line__name">{line.productName}</p>
            <p className="order-line__meta">
              {line.variantTitle} · {line.quantity} × {formatMoney(line.unitPrice, currency)}
            </p>
          </div>
          <p className="order-line__total">{formatMoney(line.unitPrice * line.quantity, currency)}</p>
        </li>
      ))}
    </ul>
  );
}

export function OrderTotals({ currency, subtotal, giftWrapAmount, shipping, total, refundedAmount = 0 }: Totals) {
  const money = (amount: number) => formatMoney(amount, currency);
  return (
    <dl className="order-totals">
      <div>
        <dt>Pieces</dt>
        <dd>{money(subtotal)}</dd>
      </div>
      {giftWrapAmount > 0 ? (
        <div>
          <dt>Gift wrap</dt>
          <dd>{money(giftWrapAmount)}</dd>
        </div>
      ) : null}
      {shipping ? (
        <div>
          <dt>{shipping.label}</dt>
          <dd>{shipping.amount === 0 ? "Free" : money(shipping.amount)}</dd>
        </div>
      ) : null}
      <div className="order-totals__total">
        <dt>Total</dt>
        <dd data-testid="order-total">{money(total)}</dd>
      </div>
      {refundedAmount > 0 ? (
        <div>
          <dt>Refunded</dt>
          <dd>{money(refundedAmount)}</dd>
        </div>
      ) : null}
    </dl>
  );
}
