import { createHash } from "node:crypto";
import { canonicalProfileContent, type MakerProfileContent } from "~/utils/maker-profile";

/**
 * SHA-256 of a profile's canonical content: recorded when a version is saved and when she
 * approves it, and checked again by every public read.
 */
export function profileContentHash(content: MakerProfileContent) {
  return createHash("sha256").update(canonicalProfileContent(content)).digest("hex");
}
