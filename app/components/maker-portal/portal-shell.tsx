import { Form, Link, NavLink, useLocation } from "@remix-run/react";
import type { MouseEvent } from "react";
import { type PortalMessageId, usePortalT } from "~/i18n/portal";

// Every link and form in the portal replaces the page in the tab's history instead of adding
// one, so the tab holds one portal page at most, and "Leave quickly" replaces that one.

/**
 * Replaces this page with a neutral site. Without JavaScript it is a plain link to that site
 * (the back button then still shows the portal; with JavaScript it does not).
 */
export function LeaveQuickly({ href }: { href: string }) {
  const t = usePortalT();
  const leave = (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    window.location.replace(href);
  };
  return (
    <a href={href} rel="noreferrer" className="portal-leave" onClick={leave} title={t("shell.leaveHint")}>
      {t("shell.leave")}
    </a>
  );
}

/** Her language, by its own name, as plain buttons: `?lang=` on this same page. */
function LanguageForm({ language, languages }: { language: string; languages: { code: string; name: string }[] }) {
  const t = usePortalT();
  const location = useLocation();
  const keep = [...new URLSearchParams(location.search)].filter(([name]) => name !== "lang" && name !== "_data");
  return (
    <Form method="get" action={location.pathname} replace className="portal-language" aria-label={t("language.label")}>
      {keep.map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {languages.map((option) => (
        <button
          key={option.code}
          type="submit"
          name="lang"
          value={option.code}
          lang={option.code}
          aria-pressed={option.code === language}
          className="portal-language__option"
        >
          {option.name}
        </button>
      ))}
    </Form>
  );
}

/** The top of every portal page: home, her language, sign out, and leave quickly. */
export function PortalTopBar({
  signedIn,
  language,
  languages,
  leaveUrl,
}: {
  signedIn: boolean;
  language: string;
  languages: { code: string; name: string }[];
  leaveUrl: string;
}) {
  const t = usePortalT();
  return (
    <header className="portal-top">
      <div className="portal-top__row">
        <Link to="/maker" replace className="portal-top__home">
          {t("shell.title")}
        </Link>
        <LeaveQuickly href={leaveUrl} />
      </div>
      <div className="portal-top__row">
        <LanguageForm language={language} languages={languages} />
        {signedIn ? (
          <Form method="post" action="/maker/logout" replace className="portal-top__signout">
            <button type="submit" className="portal-quiet-button">
              {t("shell.signOut")}
            </button>
          </Form>
        ) : null}
      </div>
    </header>
  );
}

const LINKS: { to: string; label: PortalMessageId; end?: boolean; icon: string }[] = [
  { to: "/maker", label: "nav.public", end: true, icon: "M12 5c-5 0-9 5-9 7s4 7 9 7 9-5 9-7-4-7-9-7Zm0 11a4 4 0 1 1 0-8 4 4 0 0 1 0 8Z" },
  { to: "/maker/preview", label: "nav.preview", icon: "M4 6h11M4 12h11M4 18h11M18 5l1.5 1.5L22 4M18 11l1.5 1.5L22 10" },
  { to: "/maker/edit", label: "nav.edit", icon: "M4 20h4L19 9l-4-4L4 16v4ZM14 6l4 4" },
  { to: "/maker/history", label: "nav.history", icon: "M12 7v5l3 2M3 12a9 9 0 1 0 3-6.7M3 4v4h4" },
];

/** Her four things to do, at the bottom of the screen where a thumb reaches. */
export function PortalBottomNav() {
  const t = usePortalT();
  return (
    <nav aria-label={t("shell.nav")} className="portal-bottom">
      <ul>
        {LINKS.map((link) => (
          <li key={link.to}>
            <NavLink to={link.to} end={link.end} replace>
              <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
                <path d={link.icon} />
              </svg>
              <span>{t(link.label)}</span>
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
