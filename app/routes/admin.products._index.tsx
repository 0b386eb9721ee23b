import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { SelectField, TextField } from "~/components/admin/field";
import { formatDate } from "~/components/admin/format";
import { StatusPill } from "~/components/admin/product-bits";
import { ResponsiveImage } from "~/components/responsive-image";
import { listAdminProducts } from "~/models/admin-products.server";
import { useShopCurrency } from "~/root";
import { requireStaff } from "~/utils/auth.server";
import { NO_STORE } from "~/utils/http-cache";
import { formatMoney } from "~/utils/money";
import { PERMISSIONS } from "~/utils/permissions";

export const meta: MetaFunction = () => [{ title: "Products — Belonging back office" }];

const query = z.object({
  q: z.string().trim().max(100).optional().catch(undefined),
  status: z.enum(["DRAFT", "PUBLISHED", "ARCHIVED"]).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});

export async function loader({ request }: LoaderFunctionArgs) {
  await requireStaff(request, PERMISSIONS.products);
  const params = Object.fromEntries([...new URL(request.url).searchParams].filter(([, value]) => value.trim() !== ""));
  const filter = query.parse(params);
  return json({ ...(await listAdminProducts(filter)), filter }, { headers: NO_STORE });
}

function pageLink(filter: { q?: string; status?: string }, page: number) {
  const params = new URLSearchParams();
  if (filter.q) params.set("q", filter.q);
  if (filter.status) params.set("status", filter.status);
  params.set("page", String(page));
  return `?${params}`;
}

export default function AdminProducts() {
  const { products, hasMore, filter } = useLoaderData<typeof loader>();
  const currency = useShopCurrency();
  return (
    <>
      <div className="admin-head">
        <h1 className="admin-title">Products</h1>
        <Link to="/admin/products/new" className="button button--small">
          New product
        </Link>
      </div>
      <Form method="get" className="filters" role="search" aria-label="Products">
        <TextField label="Search name, web address or SKU" name="q" type="search" defaultValue={filter.q} />
        <SelectField label="Status" name="status" defaultValue={filter.status ?? ""}>
          <option value="">Any status</option>
          <option value="PUBLISHED">Published</option>
          <option value="DRAFT">Draft</option>
          <option value="ARCHIVED">Archived</option>
        </SelectField>
        <button type="submit" className="button button--small">
          Show
        </button>
      </Form>
      {products.length === 0 ? (
        <p>No products match. {filter.q || filter.status ? <Link to="/admin/products">Show all products</Link> : null}</p>
      ) : (
        <div className="table-scroll" role="region" aria-labelledby="products-caption" tabIndex={0}>
          <table className="admin-table">
            <caption id="products-caption">
              <span>
                Products, most recently changed first (page {filter.page})
              </span>
            </caption>
            <thead>
              <tr>
                <th scope="col">
                  <span className="visually-hidden">Image</span>
                </th>
                <th scope="col">Product</th>
                <th scope="col">Status</th>
                <th scope="col" className="num">
                  From
                </th>
                <th scope="col" className="num">
                  Variants
                </th>
                <th scope="col" className="num">
                  Available
                </th>
                <th scope="col">Changed</th>
              </tr>
            </thead>
            <tbody>
              {products.map((product) => (
                <tr key={product.id}>
                  <td className="thumb-cell">
                    {product.image ? (
                      <ResponsiveImage imageKey={product.image.key} width={product.image.width} height={product.image.height} alt="" sizes="48px" className="thumb" />
                    ) : null}
                  </td>
                  <th scope="row">
                    <Link to={`/admin/products/${product.id}`}>{product.name}</Link>
                    <span className="cell-note">/{product.handle}</span>
                  </th>
                  <td>
                    <StatusPill status={product.status} />
                  </td>
                  <td className="num">{formatMoney(product.priceFrom, currency)}</td>
                  <td className="num">{product.variantCount}</td>
                  <td className="num">{product.available}</td>
                  <td>{formatDate(product.updatedAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <nav className="pager" aria-label="Product pages">
        {filter.page > 1 ? <Link to={pageLink(filter, filter.page - 1)}>Previous page</Link> : <span />}
        {hasMore ? <Link to={pageLink(filter, filter.page + 1)}>Next page</Link> : null}
      </nav>
    </>
  );
}
