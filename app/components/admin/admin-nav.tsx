import { Form, NavLink } from "@remix-run/react";
import { type AdminArea, canAccess, type Role, ROLE_LABELS } from "~/utils/permissions";

/** The areas that exist so far; each shows only for the roles PERMISSIONS allows. */
const NAV_ITEMS: { area: AdminArea; to: string; label: string; end?: boolean }[] = [
  { area: "dashboard", to: "/admin", label: "Overview", end: true },
  { area: "products", to: "/admin/products", label: "Products" },
  { area: "inventory", to: "/admin/inventory", label: "Inventory" },
  { area: "orders", to: "/admin/orders", label: "Orders" },
  { area: "orders", to: "/admin/mailbox", label: "Mailbox" },
  { area: "collections", to: "/admin/collections", label: "Collections" },
  { area: "journal", to: "/admin/journal", label: "Journal" },
  { area: "makers", to: "/admin/makers", label: "Makers" },
  { area: "staff", to: "/admin/staff", label: "Staff" },
  { area: "audit", to: "/admin/audit", label: "Audit log" },
];

export function AdminNav({ user }: { user: { name: string; role: Role } }) {
  return (
    <div className="admin-bar">
      <div className="container admin-bar__inner">
        <nav aria-label="Back office" className="admin-nav">
          <ul>
            {NAV_ITEMS.filter((item) => canAccess(user.role, item.area)).map((item) => (
              <li key={item.to}>
                <NavLink to={item.to} end={item.end} prefetch="intent">
                  {item.label}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
        <div className="admin-account">
          <p className="admin-account__who">
            {user.name} <span className="admin-account__role">{ROLE_LABELS[user.role]}</span>
          </p>
          <Form method="post" action="/logout">
            <button type="submit" name="scope" value="this-device" className="link-button">
              Sign out
            </button>
          </Form>
          <Form method="post" action="/logout">
            <button type="submit" name="scope" value="everywhere" className="link-button">
              Sign out everywhere
            </button>
          </Form>
        </div>
      </div>
    </div>
  );
}
