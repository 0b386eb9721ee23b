// The portal's home-screen icon: a plain ring on a warm square, with no name or words, so a
// phone's home screen says nothing about what it opens. Drawn once per size with sharp.
import sharp from "sharp";

export const PORTAL_ICON_SIZES = [192, 512] as const;
export type PortalIconSize = (typeof PORTAL_ICON_SIZES)[number];

const ICON_SVG = Buffer.from(
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512">' +
    '<rect width="512" height="512" fill="#fbf8f3"/>' +
    '<circle cx="256" cy="256" r="150" fill="none" stroke="#8a4b22" stroke-width="56"/>' +
    "</svg>",
);

const drawn = new Map<PortalIconSize, Promise<Buffer>>();

export function portalIconPng(size: PortalIconSize) {
  let png = drawn.get(size);
  if (!png) {
    png = sharp(ICON_SVG).resize(size, size).png().toBuffer();
    drawn.set(size, png);
  }
  return png;
}
