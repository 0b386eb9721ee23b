import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { SelectField, TextField } from "~/components/admin/field";
import { formatDate } from "~/components/admin/format";
import { StatusPill } from "~/components/admin/product-bits";
import { ResponsiveImage } from "~/components/responsive-image";
import { listMakerChoices } from "~/models/admin-makers.server";
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
  makerId: z.string().max(64).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});

export async function loader({ request }: LoaderFunctionArgs) {
  await requireStaff(request, PERMISSIONS.products);
  const params = Object.fromEntries([...new URL(request.url).searchParams].filter(([, value]) => value.trim() !== ""));
  const filter = query.parse(params);
  const [list, makers] = await Promise.all([listAdminProducts(filter), listMakerChoices()]);
  const labels = new Map(makers.map((maker) => [maker.id, maker.internalLabel]));
  const products = list.products.map(({ makerIds, ...product }) => ({ ...product, makerLabels: makerIds.map((id) => labels.get(id) ?? "") }));
  return json({ products, hasMore: list.hasMore, makers: makers.map(({ id, internalLabel }) => ({ id, internalLabel })), filter }, { headers: NO_STORE });
}

function pageLink(filter: { q?: string; status?: string; makerId?: string }, page: number) {
  const params = new URLSearchParams();
  if (filter.q) params.set("q", filter.q);
  if (filter.status) params.set("status", filter.status);
  if (filter.makerId) params.set("makerId", filter.makerId);
  params.set("page", String(page));
  return `?${params}`;
}

export default function AdminProducts() {
  const { products, hasMore, makers, filter } = useLoaderData<typeof loader>();
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
        <SelectField label="Made by" name="makerId" defaultValue={filter.makerId ?? ""}>
          <option value="">Any maker</option>
          {makers.map((maker) => (
            <option key={maker.id} value={maker.id}>
              {maker.internalLabel}
            </option>
          ))}
        </SelectField>
        <button type="submit" className="button button--small">
          Show
        </button>
      </Form>
      {products.length === 0 ? (
        <p>No products match. {filter.q || filter.status || filter.makerId ? <Link to="/admin/products">Show all products</Link> : null}</p>
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
                <th scope="col">Made by</th>
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
                  <td>{product.makerLabels.length > 0 ? product.makerLabels.join(", ") : <span className="muted">Not set</span>}</td>
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
