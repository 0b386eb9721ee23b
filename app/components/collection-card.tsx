import { Link } from "@remix-run/react";
import { ResponsiveImage } from "~/components/responsive-image";
import type { CollectionCard as Card } from "~/models/collection.server";
import { HERO_IMAGE_SIZE } from "~/utils/images";

/** A collection in a list: its hero image, gift label, title (the link) and intro. */
export function CollectionCard({
  collection,
  sizes,
  priority = false,
  headingLevel: Heading = "h2",
  footer,
}: {
  collection: Card;
  sizes: string;
  priority?: boolean;
  headingLevel?: "h2" | "h3";
  footer?: React.ReactNode;
}) {
  return (
    <li className="collection-card">
      {collection.heroImageKey ? (
        <ResponsiveImage
          imageKey={collection.heroImageKey}
          width={HERO_IMAGE_SIZE.width}
          height={HERO_IMAGE_SIZE.height}
          alt={collection.heroAlt ?? ""}
          sizes={sizes}
          priority={priority}
        />
      ) : (
        <div className="collection-card__placeholder" aria-hidden="true" />
      )}
      <div className="collection-card__body">
        {collection.isGift ? (
          <p className="collection-card__tag">Gift{collection.priceLabel ? ` · ${collection.priceLabel}` : ""}</p>
        ) : null}
        <Heading className="collection-card__title">
          <Link to={`/collections/${collection.handle}`}>{collection.title}</Link>
        </Heading>
        <p className="collection-card__intro">{collection.intro}</p>
        {footer}
      </div>
    </li>
  );
}
