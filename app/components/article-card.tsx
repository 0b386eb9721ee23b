import { Link } from "@remix-run/react";
import { ResponsiveImage } from "~/components/responsive-image";
import { HERO_IMAGE_SIZE } from "~/utils/images";
import { formatArticleDate, TOPIC_LABELS } from "~/utils/journal";

type Card = {
  slug: string;
  title: string;
  excerpt: string;
  authorName: string;
  publishedAt: string;
  topic: keyof typeof TOPIC_LABELS;
  heroImageKey: string | null;
  heroAlt: string | null;
};

/** A journal story in a list: image, topic, title (the link), excerpt and byline. */
export function ArticleCard({
  article,
  headingLevel: Heading = "h2",
  sizes,
  priority = false,
  featured = false,
}: {
  article: Card;
  headingLevel?: "h2" | "h3";
  /** How wide the image is drawn at each viewport width. */
  sizes: string;
  priority?: boolean;
  featured?: boolean;
}) {
  return (
    <article className={featured ? "article-card article-card--featured" : "article-card"}>
      {article.heroImageKey ? (
        <ResponsiveImage
          className="article-card__image"
          imageKey={article.heroImageKey}
          width={HERO_IMAGE_SIZE.width}
          height={HERO_IMAGE_SIZE.height}
          alt={article.heroAlt ?? ""}
          sizes={sizes}
          priority={priority}
        />
      ) : null}
      <div className="article-card__text">
        <p className="article-card__topic">{TOPIC_LABELS[article.topic]}</p>
        <Heading className="article-card__title">
          <Link to={`/journal/${article.slug}`} prefetch="intent">
            {article.title}
          </Link>
        </Heading>
        <p className="article-card__excerpt">{article.excerpt}</p>
        <p className="article-card__byline">
          {article.authorName} · <time dateTime={article.publishedAt}>{formatArticleDate(article.publishedAt)}</time>
        </p>
      </div>
    </article>
  );
}
