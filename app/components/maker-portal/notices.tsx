import { Link } from "@remix-run/react";
import { formatPlainDate } from "~/utils/maker-profile";

/** Said wherever she makes a choice: her choices have no consequence for her work. */
export function Reassurance() {
  return (
    <p className="portal-reassurance">
      Whatever you choose, and whenever you change your mind, nothing changes about your work, your pay or your pieces.
    </p>
  );
}

/** A reminder when her consent ends within 30 days, or a plain note once it has ended. */
export function ConsentTimeNotice({ endsAt, endsSoon, expired }: { endsAt: string | null; endsSoon: boolean; expired: boolean }) {
  if (expired) {
    return (
      <div className="portal-banner" role="note">
        <p>
          Your choice had an end date, and it has passed, so nothing about you is shown any more. If you would like to share
          something again, <Link to="/maker/preview">look at your preview and choose</Link>.
        </p>
      </div>
    );
  }
  if (!endsAt || !endsSoon) return null;
  return (
    <div className="portal-banner" role="note">
      <p>
        What you chose to show ends on <strong>{formatPlainDate(endsAt)}</strong>. After that it stops being shown by itself. To keep
        it, <Link to="/maker/preview">look at your preview and approve it again</Link>. Letting it end is fine too.
      </p>
    </div>
  );
}
