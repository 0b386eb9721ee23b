import QRCode from "qrcode";

/**
 * Her invitation link as a QR code (SVG, drawn on the server) for staff to show on screen, so
 * nobody reads a 43-character token aloud. Nothing is stored: it exists for this response only.
 */
export function handoverQrSvg(link: string) {
  return QRCode.toString(link, { type: "svg", errorCorrectionLevel: "M", margin: 2, color: { dark: "#000000", light: "#ffffff" } });
}
