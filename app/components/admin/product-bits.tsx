import { Link } from "@remix-run/react";

const STATUS = {
  PUBLISHED: { label: "Published", tone: "success" },
  DRAFT: { label: "Draft", tone: "muted" },
  ARCHIVED: { label: "Archived", tone: "warning" },
} as const;

export function StatusPill({ status }: { status: keyof typeof STATUS }) {
  return <span className={`pill pill--${STATUS[status].tone}`}>{STATUS[status].label}</span>;
}

/** Details and images of one product are separate pages (and forms). */
function ProductTabs({ productId, current }: { productId: string; current: "details" | "images" }) {
  const tabs = [
    { key: "details", to: `/admin/products/${productId}`, label: "Details and variants" },
    { key: "images", to: `/admin/products/${productId}/images`, label: "Images" },
  ] as const;
  return (
    <nav aria-label="Product">
      <ul className="tabs">
        {tabs.map((tab) => (
          <li key={tab.key}>
            <Link to={tab.to} aria-current={tab.key === current ? "page" : undefined}>
              {tab.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** The top of a product's back-office pages: the way back, its name and status, and its tabs. */
export function ProductHeader({
  product,
  current,
}: {
  product: { id: string; name: string; status: keyof typeof STATUS };
  current: "details" | "images";
}) {
  return (
    <>
      <p className="breadcrumb">
        <Link to="/admin/products">Products</Link>
      </p>
      <div className="admin-head">
        <h1 className="admin-title">{product.name}</h1>
        <StatusPill status={product.status} />
      </div>
      <ProductTabs productId={product.id} current={current} />
    </>
  );
}
