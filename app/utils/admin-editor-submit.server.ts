import type { FieldErrors } from "~/utils/admin-forms";
import { discardHeroImage, heroFile, saveHeroImage } from "~/utils/admin-hero.server";

/** Thrown by a model when the database refuses the input; its errors are keyed by field. */
type ConflictError = Error & { errors: Record<string, string> };

/**
 * Stores the form's hero image (if one was chosen) and runs the write with its key. When the
 * write fails, the new image is removed again, so a refused form leaves nothing behind.
 * Returns the field errors, or null when the write succeeded.
 */
export async function writeWithHero(
  form: FormData,
  { heroAlt, hasHero }: { heroAlt: string; hasHero: boolean },
  isConflict: (error: unknown) => error is ConflictError,
  write: (heroImageKey: string | undefined) => Promise<void>,
): Promise<FieldErrors | null> {
  const file = heroFile(form);
  if ((file || hasHero) && !heroAlt) return { heroAlt: "Describe the image for people who cannot see it." };
  let heroImageKey: string | undefined;
  if (file) {
    const saved = await saveHeroImage(file);
    if ("error" in saved) return { heroImage: saved.error };
    heroImageKey = saved.key;
  }
  try {
    await write(heroImageKey);
    return null;
  } catch (error) {
    if (heroImageKey) await discardHeroImage(heroImageKey);
    if (isConflict(error)) return error.errors;
    throw error;
  }
}
