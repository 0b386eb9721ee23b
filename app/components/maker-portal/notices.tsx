import { Link } from "@remix-run/react";
import { usePortalT } from "~/i18n/portal";

/** Said wherever she makes a choice: her choices have no consequence for her work. */
export function Reassurance() {
  const t = usePortalT();
  return <p className="portal-reassurance">{t("reassurance")}</p>;
}

/**
 * A reminder when her consent ends within 30 days, or a plain note once it has ended.
 * `endsOn` is the date as the server wrote it in her language.
 */
export function ConsentTimeNotice({ endsOn, endsSoon, expired }: { endsOn: string | null; endsSoon: boolean; expired: boolean }) {
  const t = usePortalT();
  if (!expired && (!endsOn || !endsSoon)) return null;
  return (
    <div className="portal-banner" role="note">
      <p>{expired ? t("time.expired") : t("time.endsSoon", { date: endsOn ?? "" })}</p>
      <p>
        <Link to="/maker/preview" replace>
          {t("time.link")}
        </Link>
      </p>
    </div>
  );
}
