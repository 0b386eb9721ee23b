import { Form, NavLink } from "@remix-run/react";

const LINKS = [
  { to: "/maker", label: "Public now", end: true },
  { to: "/maker/preview", label: "Preview and choose" },
  { to: "/maker/edit", label: "My words and photo" },
  { to: "/maker/history", label: "My history" },
];

/** Her menu: large, wrapping pills that work on a 360 px phone. */
export function PortalNav() {
  return (
    <div className="portal-bar">
      <nav aria-label="Your maker pages" className="portal-nav">
        <ul>
          {LINKS.map((link) => (
            <li key={link.to}>
              <NavLink to={link.to} end={link.end}>
                {link.label}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <Form method="post" action="/maker/logout" className="portal-bar__signout">
        <button type="submit" className="portal-quiet-button">
          Sign out
        </button>
      </Form>
    </div>
  );
}
