/** Shop-wide settings shoppers see: prices in integer minor units of the shop currency. */

/** Gift wrap: recycled paper, a cotton ribbon and a plain card. */
export const GIFT_WRAP_PRICE = 500;
/** Orders whose subtotal reaches this ship free by standard post. */
export const FREE_SHIPPING_THRESHOLD = 7500;
export const RETURN_DAYS = 30;
export const GIFT_NOTE_MAX = 300;
/** Most of one piece a single bag line may hold. */
export const MAX_LINE_QUANTITY = 99;

/** How long a checkout holds the pieces in it: the life of the payment page's session. */
export const CHECKOUT_MINUTES = 30;

/** Countries we ship to (ISO 3166-1 alpha-2); the payment page offers only these. */
export const SHIPPING_COUNTRIES = ["US", "CA", "GB", "IE", "FR", "DE", "NL", "AU", "NZ"] as const;

export type ShippingOption = { id: "standard" | "express"; label: string; amount: number; minDays: number; maxDays: number };

const STANDARD_SHIPPING = 600;
const EXPRESS_SHIPPING = 1800;

/** What the payment page offers for an order with this subtotal: standard (free from the threshold) and express. */
export function shippingOptionsFor(subtotal: number): ShippingOption[] {
  const free = subtotal >= FREE_SHIPPING_THRESHOLD;
  return [
    { id: "standard", label: free ? "Free standard shipping" : "Standard shipping", amount: free ? 0 : STANDARD_SHIPPING, minDays: 5, maxDays: 8 },
    { id: "express", label: "Express shipping", amount: EXPRESS_SHIPPING, minDays: 2, maxDays: 3 },
  ];
}
