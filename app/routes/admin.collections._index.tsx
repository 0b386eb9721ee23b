import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { formatDate } from "~/components/admin/format";
import { StatusPill } from "~/components/admin/product-bits";
import { listAdminCollections } from "~/models/admin-collections.server";
import { useShopCurrency } from "~/root";
import { requireStaff } from "~/utils/auth.server";
import { NO_STORE } from "~/utils/http-cache";
import { formatMoney } from "~/utils/money";
import { PERMISSIONS } from "~/utils/permissions";

export const meta: MetaFunction = () => [{ title: "Collections — Belonging back office" }];

export async function loader({ request }: LoaderFunctionArgs) {
  await requireStaff(request, PERMISSIONS.collections);
  return json({ collections: await listAdminCollections() }, { headers: NO_STORE });
}

export default function AdminCollections() {
  const { collections } = useLoaderData<typeof loader>();
  const currency = useShopCurrency();
  const band = (min: number | null, max: number | null) =>
    max === null
      ? `${formatMoney(min ?? 0, currency)} and up`
      : min
        ? `${formatMoney(min, currency)} to under ${formatMoney(max, currency)}`
        : `under ${formatMoney(max, currency)}`;
  return (
    <>
      <div className="admin-head">
        <h1 className="admin-title">Collections</h1>
        <Link to="/admin/collections/new" className="button button--small">
          New collection
        </Link>
      </div>
      {collections.length === 0 ? (
        <p>No collections yet.</p>
      ) : (
        <div className="table-scroll" role="region" aria-labelledby="collections-caption" tabIndex={0}>
          <table className="admin-table">
            <caption id="collections-caption">Collections, in the shop's order</caption>
            <thead>
              <tr>
                <th scope="col">Collection</th>
                <th scope="col">Status</th>
                <th scope="col">Pieces</th>
                <th scope="col">Changed</th>
              </tr>
            </thead>
            <tbody>
              {collections.map((collection) => (
                <tr key={collection.id}>
                  <th scope="row">
                    <Link to={`/admin/collections/${collection.id}`}>{collection.title}</Link>
                    <span className="cell-note">
                      /collections/{collection.handle}
                      {collection.isGift ? " · gift collection" : ""}
                    </span>
                  </th>
                  <td>
                    <StatusPill status={collection.status} />
                  </td>
                  <td>
                    {collection.priceMin !== null || collection.priceMax !== null
                      ? `Automatic: ${band(collection.priceMin, collection.priceMax)}`
                      : `${collection._count.products} chosen by hand`}
                  </td>
                  <td>{formatDate(collection.updatedAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
