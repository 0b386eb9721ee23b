import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { formatDate } from "~/components/admin/format";
import { ConsentStatusPill, PORTAL_STATE_LABELS } from "~/components/admin/maker-bits";
import { listMakersForStaff } from "~/models/admin-makers.server";
import makersAdminStyles from "~/styles/admin-makers.css";
import { requireStaff } from "~/utils/auth.server";
import { NO_STORE } from "~/utils/http-cache";
import { PERMISSIONS } from "~/utils/permissions";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: makersAdminStyles }];
export const meta: MetaFunction = () => [{ title: "Makers — Belonging back office" }];

export async function loader({ request }: LoaderFunctionArgs) {
  await requireStaff(request, PERMISSIONS.makers);
  return json({ makers: await listMakersForStaff() }, { headers: NO_STORE });
}

export default function AdminMakers() {
  const { makers } = useLoaderData<typeof loader>();
  return (
    <>
      <div className="admin-head">
        <h1 className="admin-title">Makers</h1>
        <Link to="/admin/makers/new" className="button button--small">
          New maker
        </Link>
      </div>
      <p className="muted maker-admin-lead">
        Staff write drafts and look after portal access. Only a maker can approve what is shown about her, in her own maker
        pages.
      </p>
      {makers.length === 0 ? (
        <p>No makers yet.</p>
      ) : (
        <div className="table-scroll">
          <table className="admin-table">
            <caption>{makers.length === 1 ? "1 maker" : `${makers.length} makers`}</caption>
            <thead>
              <tr>
                <th scope="col">Internal label</th>
                <th scope="col">Name in draft</th>
                <th scope="col">Public profile</th>
                <th scope="col">Consent ends</th>
                <th scope="col">Maker pages</th>
              </tr>
            </thead>
            <tbody>
              {makers.map((maker) => (
                <tr key={maker.id}>
                  <th scope="row">
                    <Link to={`/admin/makers/${maker.id}`}>{maker.internalLabel}</Link>
                  </th>
                  <td>{maker.draftName || <span className="muted">No draft yet</span>}</td>
                  <td>
                    <ConsentStatusPill status={maker.status} />
                  </td>
                  <td>{maker.expiresAt ? formatDate(maker.expiresAt) : "—"}</td>
                  <td>{PORTAL_STATE_LABELS[maker.portal]}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
