import type { MetaDescriptor } from "@remix-run/node";
import { imageUrl, renditionWidths, srcSet } from "~/utils/images";

type Props = {
  imageKey: string;
  width: number;
  height: number;
  alt: string;
  /** The `sizes` attribute: how wide the image is drawn at each viewport width. */
  sizes: string;
  /** Above the fold: loaded now rather than lazily. */
  priority?: boolean;
  /**
   * The page's largest image (its LCP): loaded now and asked for first (fetchpriority=high).
   * The route preloads the same file with `imagePreload`.
   */
  lcp?: boolean;
  className?: string;
};

/** AVIF, then WebP, then JPEG, each at every stored width; intrinsic size set so nothing shifts. */
export function ResponsiveImage({ imageKey, width, height, alt, sizes, priority = false, lcp = false, className }: Props) {
  const widths = renditionWidths(width);
  const fallbackWidth = widths.find((w) => w >= 640) ?? widths[widths.length - 1]!;
  const eager = priority || lcp;
  return (
    <picture>
      <source type="image/avif" srcSet={srcSet(imageKey, width, "avif")} sizes={sizes} />
      <source type="image/webp" srcSet={srcSet(imageKey, width, "webp")} sizes={sizes} />
      <img
        src={imageUrl(imageKey, fallbackWidth, "jpg")}
        srcSet={srcSet(imageKey, width, "jpg")}
        sizes={sizes}
        width={width}
        height={height}
        alt={alt}
        className={className}
        loading={eager ? "eager" : "lazy"}
        decoding={eager ? "sync" : "async"}
        // React 18 knows no fetchPriority prop; the lowercase attribute passes through as written.
        {...(lcp ? { fetchpriority: "high" } : {})}
      />
    </picture>
  );
}

/**
 * A `<link rel=preload>` (as a route `meta` descriptor, since `links` cannot see loader data) for
 * an image drawn by <ResponsiveImage lcp>: the AVIF `srcset` with the same `sizes`, so the browser
 * preloads exactly the file the picture will pick. Browsers without AVIF skip it by its type.
 */
export function imagePreload({ imageKey, width, sizes }: { imageKey: string; width: number; sizes: string }): MetaDescriptor {
  return {
    tagName: "link",
    rel: "preload",
    as: "image",
    type: "image/avif",
    imageSrcSet: srcSet(imageKey, width, "avif"),
    imageSizes: sizes,
    fetchpriority: "high",
  };
}
