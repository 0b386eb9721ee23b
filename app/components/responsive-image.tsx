import { imageUrl, renditionWidths, srcSet } from "~/utils/images";

type Props = {
  imageKey: string;
  width: number;
  height: number;
  alt: string;
  /** The `sizes` attribute: how wide the image is drawn at each viewport width. */
  sizes: string;
  /** Above the fold: load now, with high priority. Otherwise lazy. */
  priority?: boolean;
  className?: string;
};

/** AVIF, then WebP, then JPEG, each at every stored width; intrinsic size set so nothing shifts. */
export function ResponsiveImage({ imageKey, width, height, alt, sizes, priority = false, className }: Props) {
  const widths = renditionWidths(width);
  const fallbackWidth = widths.find((w) => w >= 640) ?? widths[widths.length - 1]!;
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
        loading={priority ? "eager" : "lazy"}
        decoding={priority ? "sync" : "async"}
      />
    </picture>
  );
}
