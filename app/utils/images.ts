/** Rendition widths the image store writes (app/services/images.server.ts). */
export const IMAGE_WIDTHS = [320, 640, 960, 1280, 1600] as const;
export type ImageWidth = (typeof IMAGE_WIDTHS)[number];
export const IMAGE_FORMATS = ["avif", "webp", "jpg"] as const;
export type ImageFormat = (typeof IMAGE_FORMATS)[number];

/** Widths stored for an image whose source is `width` wide; never empty. */
export function renditionWidths(width: number): ImageWidth[] {
  const widths = IMAGE_WIDTHS.filter((w) => w <= width);
  return widths.length ? widths : [IMAGE_WIDTHS[0]];
}

export function imageUrl(key: string, width: number, format: ImageFormat) {
  return `/images/${key}/${width}.${format}`;
}

export function srcSet(key: string, width: number, format: ImageFormat) {
  return renditionWidths(width)
    .map((w) => `${imageUrl(key, w, format)} ${w}w`)
    .join(", ");
}

/** Collection and journal heroes are 16:9, drawn or uploaded 1920 px wide; only the key is stored. */
export const HERO_IMAGE_SIZE = { width: 1920, height: 1080 } as const;
