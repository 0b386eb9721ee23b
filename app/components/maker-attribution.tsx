import { Link } from "@remix-run/react";
import { ANONYMOUS_ATTRIBUTION } from "~/utils/maker-profile";

/**
 * Who made a piece: her name, linked to her page, only when she chose to be credited (see
 * publicAttributionSelect); otherwise the same line for everyone and no personal detail.
 */
export function MakerAttribution({ attribution = null }: { attribution?: { name: string; href: string } | null }) {
  if (!attribution) return <p className="maker-attribution">{ANONYMOUS_ATTRIBUTION}</p>;
  return (
    <p className="maker-attribution">
      Made by <Link to={attribution.href}>{attribution.name}</Link>
    </p>
  );
}
