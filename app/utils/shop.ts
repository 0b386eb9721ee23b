/** Shop-wide settings shoppers see: prices in integer minor units of the shop currency. */

/** Gift wrap: recycled paper, a cotton ribbon and a plain card. */
export const GIFT_WRAP_PRICE = 500;
/** Orders whose subtotal reaches this ship free by standard post. */
export const FREE_SHIPPING_THRESHOLD = 7500;
export const RETURN_DAYS = 30;
export const GIFT_NOTE_MAX = 300;
/** Most of one piece a single bag line may hold. */
export const MAX_LINE_QUANTITY = 99;
