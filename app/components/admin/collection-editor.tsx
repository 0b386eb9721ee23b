import { Form, useNavigation } from "@remix-run/react";
import { FormMessage, TextArea, TextField } from "~/components/admin/field";
import { ResponsiveImage } from "~/components/responsive-image";
import { HERO_IMAGE_SIZE } from "~/utils/images";

export type CollectionEditorValues = {
  title: string;
  handle: string;
  intro: string;
  isGift: boolean;
  /** Amounts as typed: "50.00". */
  priceMin: string;
  priceMax: string;
  priceLabel: string | null;
  heroImageKey: string | null;
  heroAlt: string | null;
};

export type CollectionEditorResult = { errors?: Record<string, string>; values?: Record<string, string> };

export function CollectionEditor({
  collection,
  result,
  submitLabel,
  currency,
}: {
  collection: CollectionEditorValues | null;
  result: CollectionEditorResult | undefined;
  submitLabel: string;
  currency: string;
}) {
  const navigation = useNavigation();
  const busy = navigation.state === "submitting" && navigation.formData?.get("intent") === "save";
  const errors = result?.errors ?? {};
  const typed = result?.values;
  const value = (name: string, fallback: string | null | undefined) => typed?.[name] ?? fallback ?? "";
  const isGift = typed ? typed.isGift === "on" : (collection?.isGift ?? false);
  return (
    <Form method="post" encType="multipart/form-data" className="editor" noValidate key={JSON.stringify(typed ?? null)}>
      <input type="hidden" name="intent" value="save" />
      {Object.keys(errors).length > 0 ? <FormMessage>Nothing was saved. {errors.form ?? "Check the fields marked below."}</FormMessage> : null}
      <fieldset>
        <legend>The collection</legend>
        <div className="form-grid form-grid--wide">
          <TextField label="Title" name="title" defaultValue={value("title", collection?.title)} error={errors.title} required />
          <TextField
            label="Web address"
            name="handle"
            hint="Leave empty to make one from the title. The collection will be at /collections/<web address>."
            defaultValue={value("handle", collection?.handle)}
            error={errors.handle}
          />
          <TextArea label="Introduction" name="intro" className="field--span" rows={4} defaultValue={value("intro", collection?.intro)} error={errors.intro} required />
          <label className="checkbox field--span">
            <input type="checkbox" name="isGift" defaultChecked={isGift} /> A gift collection (listed with the gift guides)
          </label>
        </div>
      </fieldset>

      <fieldset aria-describedby="band-hint">
        <legend>Price band (optional)</legend>
        <p className="field__hint" id="band-hint">
          With a band, the collection fills itself with every published piece priced from the lower end up to, not including, the upper end ({currency}).
          Without one, you choose its pieces by hand.
        </p>
        <div className="form-grid">
          <TextField label="From" name="priceMin" inputMode="decimal" placeholder="0.00" defaultValue={value("priceMin", collection?.priceMin)} error={errors.priceMin} />
          <TextField label="Up to" name="priceMax" inputMode="decimal" placeholder="50.00" defaultValue={value("priceMax", collection?.priceMax)} error={errors.priceMax} />
          <TextField label="Price label" name="priceLabel" hint="Like “Under $50”." defaultValue={value("priceLabel", collection?.priceLabel)} error={errors.priceLabel} />
        </div>
      </fieldset>

      <fieldset>
        <legend>Hero image</legend>
        <div className="form-grid form-grid--wide">
          {collection?.heroImageKey ? (
            <div className="field--span hero-current">
              <ResponsiveImage imageKey={collection.heroImageKey} width={HERO_IMAGE_SIZE.width} height={HERO_IMAGE_SIZE.height} alt="" sizes="20rem" />
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
          <TextField label="Description (alt text)" name="heroAlt" hint="What the image shows, for people who cannot see it." defaultValue={value("heroAlt", collection?.heroAlt)} error={errors.heroAlt} />
        </div>
      </fieldset>

      <div className="form-actions">
        <button type="submit" className="button" disabled={busy}>
          {busy ? "Saving…" : submitLabel}
        </button>
      </div>
    </Form>
  );
}
