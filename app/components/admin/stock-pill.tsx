export function StockPill({ available, threshold }: { available: number; threshold: number }) {
  if (available <= 0) return <span className="pill pill--danger">Sold out</span>;
  if (available <= threshold) return <span className="pill pill--warning">Low</span>;
  return <span className="pill pill--success">In stock</span>;
}
