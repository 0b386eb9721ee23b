import { Link } from "@remix-run/react";

type Props = {
  page: number;
  pageCount: number;
  /** The link to page `n`, keeping whatever else is in the URL. */
  hrefFor: (n: number) => string;
  label?: string;
};

/** The first, last and nearby page numbers, with null where numbers are left out. */
export function pageWindow(page: number, pageCount: number): (number | null)[] {
  const shown = [...new Set([1, page - 1, page, page + 1, pageCount])].filter((n) => n >= 1 && n <= pageCount).sort((a, b) => a - b);
  return shown.flatMap((n, index) => (index > 0 && n - shown[index - 1]! > 1 ? [null, n] : [n]));
}

/** Previous, numbered and next page links; nothing when everything fits on one page. */
export function Pagination({ page, pageCount, hrefFor, label = "Pages" }: Props) {
  if (pageCount <= 1) return null;
  return (
    <nav className="pagination" aria-label={label}>
      <ul className="pagination__list">
        {page > 1 ? (
          <li>
            <Link to={hrefFor(page - 1)} rel="prev" className="pagination__step">
              Previous<span className="visually-hidden"> page</span>
            </Link>
          </li>
        ) : null}
        {pageWindow(page, pageCount).map((n, index) => (
          <li key={n ?? `gap-${index}`}>
            {n === null ? (
              <span className="pagination__gap" aria-hidden="true">
                …
              </span>
            ) : n === page ? (
              <span className="pagination__page" aria-current="page">
                <span className="visually-hidden">Page </span>
                {n}
              </span>
            ) : (
              <Link to={hrefFor(n)} className="pagination__page">
                <span className="visually-hidden">Page </span>
                {n}
              </Link>
            )}
          </li>
        ))}
        {page < pageCount ? (
          <li>
            <Link to={hrefFor(page + 1)} rel="next" className="pagination__step">
              Next<span className="visually-hidden"> page</span>
            </Link>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}
