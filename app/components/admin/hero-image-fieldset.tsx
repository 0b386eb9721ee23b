import { TextField } from "~/components/admin/field";
import { ResponsiveImage } from "~/components/responsive-image";
import { HERO_IMAGE_SIZE } from "~/utils/images";

/** The hero image of an article or collection: the current one, a file to replace it, its alt text. */
export function HeroImageFieldset({
  currentKey,
  alt,
  errors,
}: {
  currentKey: string | null | undefined;
  alt: string;
  errors: { heroImage?: string; heroAlt?: string };
}) {
  return (
    <fieldset>
      <legend>Hero image</legend>
      <div className="form-grid form-grid--wide">
        {currentKey ? (
          <div className="field--span hero-current">
            <ResponsiveImage imageKey={currentKey} width={HERO_IMAGE_SIZE.width} height={HERO_IMAGE_SIZE.height} alt="" sizes="20rem" />
            <p className="cell-note">The current image. Choose a file below to replace it.</p>
          </div>
        ) : null}
        <TextField
          label="Image file"
          name="heroImage"
          type="file"
          accept="image/jpeg,image/png,image/webp"
          hint="Optional. JPEG, PNG or WebP in 16:9, at least 1600 pixels wide, up to 10 MB."
          error={errors.heroImage}
        />
        <TextField
          label="Description (alt text)"
          name="heroAlt"
          hint="What the image shows, for people who cannot see it."
          defaultValue={alt}
          error={errors.heroAlt}
        />
      </div>
    </fieldset>
  );
}
