import { ORDER_STATUS_LABELS, type OrderStatus } from "~/utils/orders";

const TONES: Record<OrderStatus, string> = {
  PENDING: "pill--muted",
  PROCESSING: "pill--warning",
  PAID: "pill--warning",
  PACKED: "pill--success",
  SHIPPED: "pill--success",
  REFUNDED: "pill--muted",
  CANCELLED: "pill--muted",
  EXPIRED: "pill--muted",
  PAYMENT_FAILED: "pill--danger",
};

export function OrderStatusPill({ status }: { status: OrderStatus }) {
  return <span className={`pill ${TONES[status]}`}>{ORDER_STATUS_LABELS[status]}</span>;
}
