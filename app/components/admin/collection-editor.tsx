import { Form, useNavigation } from "@remix-run/react";
import { FormMessage, TextArea, TextField } from "~/components/admin/field";
import { HeroImageFieldset } from "~/components/admin/hero-image-fieldset";

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

      <HeroImageFieldset currentKey={collection?.heroImageKey} alt={value("heroAlt", collection?.heroAlt)} errors={errors} />

      <div className="form-actions">
        <button type="submit" className="button" disabled={busy}>
          {busy ? "Saving…" : submitLabel}
        </button>
      </div>
    </Form>
  );
}
