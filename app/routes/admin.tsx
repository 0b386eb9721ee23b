import type { HeadersFunction, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { isRouteErrorResponse, Link, Outlet, useLoaderData, useRouteError } from "@remix-run/react";
import { AdminNav } from "~/components/admin/admin-nav";
import adminStyles from "~/styles/admin.css";
import { requireStaff } from "~/utils/auth.server";
import { NO_STORE } from "~/utils/http-cache";
import { PERMISSIONS } from "~/utils/permissions";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: adminStyles }];
export const meta: MetaFunction = () => [{ title: "Back office — Belonging" }, { name: "robots", content: "noindex" }];
// Children have no headers export of their own, so this applies to every admin page.
export const headers: HeadersFunction = () => NO_STORE;

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireStaff(request, PERMISSIONS.dashboard);
  return json({ user: { name: user.name, role: user.role } }, { headers: NO_STORE });
}

export default function AdminLayout() {
  const { user } = useLoaderData<typeof loader>();
  return (
    <div className="admin">
      <AdminNav user={user} />
      <div className="container admin__content">
        <Outlet />
      </div>
    </div>
  );
}

export function ErrorBoundary() {
  const error = useRouteError();
  const status = isRouteErrorResponse(error) ? error.status : 500;
  const title =
    status === 403 ? "This part of the back office is not in your role" : status === 404 ? "We couldn't find that" : "Something went wrong";
  return (
    <div className="container admin__content admin-error">
      <h1>{title}</h1>
      <p>
        {status === 403
          ? "If you need it for your work, ask a shop owner to change your role."
          : status === 404
            ? "It may have been removed, or the link may be mistyped."
            : "Please try again in a moment. If it keeps happening, tell a shop owner what you were doing."}
      </p>
      <p>
        <Link to="/admin">Back office overview</Link> · <Link to="/">The shop</Link>
      </p>
    </div>
  );
}
