import { Fragment } from "react";
import { Link } from "@remix-run/react";
import { STUDIO_CREDIT } from "~/utils/maker-profile";

/**
 * Who made a piece: the names, linked to their pages, of the makers who chose to be credited
 * (see publicCreditsArgs); otherwise the same line for everyone and no personal detail.
 */
export function MakerAttribution({ credits }: { credits: readonly { name: string; href: string }[] }) {
  if (credits.length === 0) return <p className="maker-attribution">{STUDIO_CREDIT}</p>;
  const parts = new Intl.ListFormat("en-GB", { style: "long", type: "conjunction" }).formatToParts(credits.map((credit) => credit.name));
  let next = 0;
  return (
    <p className="maker-attribution">
      Made by{" "}
      {parts.map((part, index) => {
        if (part.type === "literal") return <Fragment key={index}>{part.value}</Fragment>;
        const credit = credits[next++]!;
        return (
          <Link key={index} to={credit.href}>
            {credit.name}
          </Link>
        );
      })}
    </p>
  );
}
