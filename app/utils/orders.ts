// Order helpers shared by the server and pages: no server code here.
import { z } from "zod";

export const ORDER_STATUSES = [
  "PENDING",
  "PROCESSING",
  "PAID",
  "PACKED",
  "SHIPPED",
  "REFUNDED",
  "CANCELLED",
  "EXPIRED",
  "PAYMENT_FAILED",
] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];

/** Words for staff. */
export const ORDER_STATUS_LABELS: Record<OrderStatus, string> = {
  PENDING: "Checkout open",
  PROCESSING: "Payment processing",
  PAID: "Paid — to pack",
  PACKED: "Packed",
  SHIPPED: "Shipped",
  REFUNDED: "Refunded",
  CANCELLED: "Cancelled",
  EXPIRED: "Checkout expired",
  PAYMENT_FAILED: "Payment failed",
};

/** Statuses of orders that were paid for. */
const PAID_STATUSES = ["PAID", "PACKED", "SHIPPED", "REFUNDED"] as const satisfies readonly OrderStatus[];

export function isPaidStatus(status: OrderStatus) {
  return (PAID_STATUSES as readonly OrderStatus[]).includes(status);
}

/** "Order 1042" */
export function orderLabel(number: number) {
  return `Order ${number}`;
}

const shippingAddressSchema = z.object({
  name: z.string().max(200),
  line1: z.string().max(200),
  line2: z.string().max(200).nullable(),
  city: z.string().max(200),
  state: z.string().max(200).nullable(),
  postalCode: z.string().max(40),
  country: z.string().length(2),
});
export type ShippingAddress = z.infer<typeof shippingAddressSchema>;

/** A stored address (JSON), or null when there is none or it is not one. */
export function readShippingAddress(value: unknown): ShippingAddress | null {
  const parsed = shippingAddressSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

const countryNames = new Intl.DisplayNames(["en"], { type: "region" });

export function countryName(code: string) {
  return countryNames.of(code) ?? code;
}

/** The address as lines for an envelope. */
export function addressLines(address: ShippingAddress): string[] {
  return [
    address.name,
    address.line1,
    address.line2,
    [address.city, address.state, address.postalCode].filter(Boolean).join(", "),
    countryName(address.country),
  ].filter((line): line is string => Boolean(line && line.trim()));
}

/** Orders that can be cancelled after payment: paid, not yet on their way. */
export function isCancellablePaid(status: OrderStatus) {
  return status === "PAID" || status === "PACKED";
}
