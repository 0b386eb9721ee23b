import type { MetaDescriptor } from "@remix-run/node";
import { imageUrl, renditionWidths } from "~/utils/images";
import { currencyDigits } from "~/utils/money";

/**
 * Search and social metadata, in the spirit of Hydrogen's seo builders. Pure functions, safe in
 * route `meta` functions on server and client. Every URL given to them must be absolute: route
 * loaders return `origin` from `shopOrigin(request)` (~/utils/origin.server) for that.
 */

export const SITE_NAME = "Belonging";
export const DESCRIPTION_MAX = 155;

/** Collapses whitespace and cuts to `max` characters on a word boundary, ending with "…". */
export function cutDescription(text: string, max = DESCRIPTION_MAX): string {
  const clean = text.replace(/\s+/g, " ").trim();
  if (clean.length <= max) return clean;
  const room = clean.slice(0, max - 1);
  const lastSpace = room.lastIndexOf(" ");
  // A single word longer than the limit is cut mid-word rather than dropped.
  const cut = lastSpace > 0 ? room.slice(0, lastSpace) : room;
  return `${cut.replace(/[\s,;:.!?–—-]+$/, "")}…`;
}

export function absoluteUrl(origin: string, path: string): string {
  return new URL(path, origin).toString();
}

/** Absolute URL of a JPEG rendition of a stored image, sized for link previews (≤1280 px). */
export function shareImageUrl(origin: string, image: { key: string; width: number }): string {
  // renditionWidths is never empty and starts at the smallest width (320).
  const widths = renditionWidths(image.width);
  const width = widths.filter((w) => w <= 1280).at(-1) ?? widths[0]!;
  return absoluteUrl(origin, imageUrl(image.key, width, "jpg"));
}

export type PageMetaInput = {
  /** The page's own title; " — Belonging" is appended unless it already starts with the shop name. */
  title: string;
  description: string;
  /** Absolute canonical URL of the page. */
  url: string;
  /** Absolute URL of the share image. */
  image?: string | null;
  imageAlt?: string | null;
  type?: "website" | "article" | "product";
};

export function pageMeta({ title, description, url, image, imageAlt, type = "website" }: PageMetaInput): MetaDescriptor[] {
  const fullTitle = title.startsWith(SITE_NAME) ? title : `${title} — ${SITE_NAME}`;
  const summary = cutDescription(description);
  const meta: MetaDescriptor[] = [
    { title: fullTitle },
    { name: "description", content: summary },
    { tagName: "link", rel: "canonical", href: url },
    { property: "og:site_name", content: SITE_NAME },
    { property: "og:title", content: title },
    { property: "og:description", content: summary },
    { property: "og:url", content: url },
    { property: "og:type", content: type },
    { name: "twitter:card", content: image ? "summary_large_image" : "summary" },
    { name: "twitter:title", content: title },
    { name: "twitter:description", content: summary },
  ];
  if (image) {
    meta.push({ property: "og:image", content: image }, { name: "twitter:image", content: image });
    if (imageAlt) meta.push({ property: "og:image:alt", content: imageAlt }, { name: "twitter:image:alt", content: imageAlt });
  }
  return meta;
}

/** A JSON-LD object as a meta descriptor; Remix renders it as <script type="application/ld+json">. */
export function jsonLdMeta(data: JsonLd): MetaDescriptor {
  return { "script:ld+json": data };
}

type JsonLdValue = string | number | boolean | null | JsonLd | JsonLdValue[];
export type JsonLd = { [key: string]: JsonLdValue };

const availabilityUrl = {
  InStock: "https://schema.org/InStock",
  LimitedAvailability: "https://schema.org/LimitedAvailability",
  OutOfStock: "https://schema.org/OutOfStock",
} as const;

/** Same threshold the product page uses for "Only N left". */
export const LOW_STOCK = 2;

export function availability(available: number, lowStock = LOW_STOCK): string {
  if (available <= 0) return availabilityUrl.OutOfStock;
  if (available <= lowStock) return availabilityUrl.LimitedAvailability;
  return availabilityUrl.InStock;
}

/** Integer minor units as the decimal string schema.org expects, e.g. 4800 USD → "48.00". */
export function decimalPrice(minorUnits: number, currency: string): string {
  const digits = currencyDigits(currency);
  return (minorUnits / 10 ** digits).toFixed(digits);
}

export type ProductJsonLdInput = {
  name: string;
  description: string;
  /** Preferred over `description` when present: shorter and written for a preview. */
  summary?: string;
  images: { key: string; width: number }[];
  variants: { sku: string; price: number; available: number }[];
};

/** schema.org Product with one Offer per variant. `url` is the absolute product page URL. */
export function productJsonLd(product: ProductJsonLdInput, url: string, currency: string): JsonLd {
  const origin = new URL(url).origin;
  return {
    "@context": "https://schema.org",
    "@type": "Product",
    name: product.name,
    description: product.summary ?? product.description,
    image: product.images.map((image) => shareImageUrl(origin, image)),
    sku: product.variants[0]?.sku ?? null,
    brand: { "@type": "Brand", name: SITE_NAME },
    url,
    offers: product.variants.map((variant) => ({
      "@type": "Offer",
      sku: variant.sku,
      price: decimalPrice(variant.price, currency),
      priceCurrency: currency,
      availability: availability(variant.available),
      itemCondition: "https://schema.org/NewCondition",
      url,
    })),
  };
}

/** schema.org BreadcrumbList; `url`s are absolute. */
export function breadcrumbJsonLd(items: { name: string; url: string }[]): JsonLd {
  return {
    "@context": "https://schema.org",
    "@type": "BreadcrumbList",
    itemListElement: items.map((item, index) => ({
      "@type": "ListItem",
      position: index + 1,
      name: item.name,
      item: item.url,
    })),
  };
}

export type ArticleJsonLdInput = {
  headline: string;
  /** ISO 8601 */
  datePublished: string;
  dateModified: string;
  author: string;
  /** Absolute image URL, if the article has one. */
  image?: string | null;
  url: string;
  description?: string;
};

/** schema.org Article: headline, dates, author and image only, never the body. */
export function articleJsonLd({ headline, datePublished, dateModified, author, image, url, description }: ArticleJsonLdInput): JsonLd {
  const data: JsonLd = {
    "@context": "https://schema.org",
    "@type": "Article",
    headline: headline.slice(0, 110),
    datePublished,
    dateModified,
    author: { "@type": "Person", name: author },
    publisher: { "@type": "Organization", name: SITE_NAME },
    mainEntityOfPage: { "@type": "WebPage", "@id": url },
    url,
  };
  if (image) data.image = [image];
  if (description) data.description = cutDescription(description);
  return data;
}
