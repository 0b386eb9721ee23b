import { Form, useNavigation } from "@remix-run/react";
import { FormMessage, SelectField, TextArea, TextField } from "~/components/admin/field";
import { useShopCurrency } from "~/root";
import { formatBasisPoints, formatMinorUnits } from "~/utils/admin-forms";
import { currencyDigits } from "~/utils/money";
import { SHARE_LABELS } from "~/utils/breakdown";
import { STUDIO_CREDIT } from "~/utils/maker-profile";

type Variant = {
  id: string;
  sku: string;
  metal: string;
  size: string | null;
  length: string | null;
  price: number;
  onHand: number;
  reserved: number;
  lowStockThreshold: number;
};

export type EditorProduct = {
  name: string;
  handle: string;
  category: string;
  summary: string;
  description: string;
  materials: string;
  care: string;
  featured: boolean;
  wagesShare: number;
  materialsShare: number;
  programShare: number;
  operationsShare: number;
  variants: Variant[];
  collections: { collectionId: string }[];
  makers: { makerId: string }[];
};

/** What a failed save sends back: the errors, and everything typed, to put back in place. */
export type EditorResult = { errors: Record<string, string>; values: Record<string, string>; collectionIds: string[]; makerIds: string[] };

/** A maker as staff choose her: her internal label, and whether her name shows on her pieces. */
export type EditorMaker = { id: string; internalLabel: string; credited: boolean };

const CATEGORY_LABELS: Record<string, string> = {
  BRACELET: "Bracelet",
  NECKLACE: "Necklace",
  EARRINGS: "Earrings",
  RING: "Ring",
  ANKLET: "Anklet",
};

const EXTRA_ROWS = 2;

type Props = {
  product: EditorProduct | null;
  collections: { id: string; title: string; status: string }[];
  makers: EditorMaker[];
  result: EditorResult | undefined;
  submitLabel: string;
};

export function ProductEditor({ product, collections, makers, result, submitLabel }: Props) {
  const currency = useShopCurrency();
  const digits = currencyDigits(currency);
  const navigation = useNavigation();
  const saving = navigation.state === "submitting" && navigation.formData?.get("intent") === "save";
  const errors = result?.errors ?? {};
  const values = result?.values;
  // After a failed save every field shows what was typed; otherwise what is stored.
  const value = (name: string, stored: string) => (values ? (values[name] ?? "") : stored);
  const checked = (name: string, stored: boolean) => (values ? values[name] === "on" : stored);
  const variants = product?.variants ?? [];
  const submittedRows = values
    ? Math.max(-1, ...Object.keys(values).map((key) => Number(/^variants\.(\d+)\./.exec(key)?.[1] ?? -1))) + 1
    : 0;
  const rowCount = Math.max(variants.length + EXTRA_ROWS, submittedRows);
  const selectedCollections = new Set(result ? result.collectionIds : (product?.collections ?? []).map((c) => c.collectionId));
  const selectedMakers = new Set(result ? result.makerIds : (product?.makers ?? []).map((m) => m.makerId));
  const errorCount = Object.keys(errors).length;

  return (
    <Form method="post" className="editor" noValidate>
      <input type="hidden" name="intent" value="save" />
      {errorCount > 0 ? (
        <FormMessage>
          Nothing was saved. Please correct {errorCount === 1 ? "the field" : `the ${errorCount} fields`} marked below.
          {errors.form ? <p>{errors.form}</p> : null}
        </FormMessage>
      ) : null}

      <fieldset>
        <legend>The piece</legend>
        <div className="form-grid form-grid--wide">
          <TextField label="Name" name="name" required defaultValue={value("name", product?.name ?? "")} error={errors.name} />
          <TextField
            label="Web address"
            name="handle"
            hint="The end of the address: /products/… Leave it empty to make one from the name."
            defaultValue={value("handle", product?.handle ?? "")}
            error={errors.handle}
          />
          <SelectField label="Category" name="category" required defaultValue={value("category", product?.category ?? "")} error={errors.category}>
            <option value="">Choose…</option>
            {Object.entries(CATEGORY_LABELS).map(([key, label]) => (
              <option key={key} value={key}>
                {label}
              </option>
            ))}
          </SelectField>
          <div className="field">
            <label className="checkbox">
              <input type="checkbox" name="featured" defaultChecked={checked("featured", product?.featured ?? false)} />
              Feature on the home page
            </label>
          </div>
          <TextField
            className="field--span"
            label="Summary"
            name="summary"
            required
            hint="One line, shown under the name."
            defaultValue={value("summary", product?.summary ?? "")}
            error={errors.summary}
          />
          <TextArea
            className="field--span"
            label="Description"
            name="description"
            required
            rows={6}
            hint="Leave an empty line between paragraphs."
            defaultValue={value("description", product?.description ?? "")}
            error={errors.description}
          />
          <TextArea className="field--span" label="Materials" name="materials" required rows={3} defaultValue={value("materials", product?.materials ?? "")} error={errors.materials} />
          <TextArea className="field--span" label="Care" name="care" required rows={3} defaultValue={value("care", product?.care ?? "")} error={errors.care} />
        </div>
      </fieldset>

      <fieldset>
        <legend>Variants</legend>
        <p className="field__hint">
          Prices in {currency}, like {formatMinorUnits(4800, digits)}. Empty rows are ignored. Stock is changed in Inventory, with a reason.
        </p>
        {errors.variants ? <p className="field__error">{errors.variants}</p> : null}
        <div className="variant-rows">
          {Array.from({ length: rowCount }, (_, row) => {
            const id = values ? (values[`variants.${row}.id`] ?? "") : (variants[row]?.id ?? "");
            const stored = variants.find((v) => v.id === id);
            const field = (name: string) => `variants.${row}.${name}`;
            const fieldId = (name: string) => `variants-${row}-${name}`;
            return (
              <div key={row} className="variant-row" role="group" aria-labelledby={fieldId("title")}>
                <p className="variant-row__title" id={fieldId("title")}>
                  {stored ? `Variant ${row + 1}: ${stored.sku} (on hand ${stored.onHand}, reserved ${stored.reserved})` : `New variant ${row + 1}`}
                </p>
                {id ? <input type="hidden" name={field("id")} value={id} /> : null}
                <TextField label="SKU" className="variant-row__sku" id={fieldId("sku")} name={field("sku")} defaultValue={value(field("sku"), stored?.sku ?? "")} error={errors[field("sku")]} />
                <TextField label="Metal" id={fieldId("metal")} name={field("metal")} defaultValue={value(field("metal"), stored?.metal ?? "")} error={errors[field("metal")]} />
                <TextField label="Size" id={fieldId("size")} name={field("size")} defaultValue={value(field("size"), stored?.size ?? "")} error={errors[field("size")]} />
                <TextField label="Length" id={fieldId("length")} name={field("length")} defaultValue={value(field("length"), stored?.length ?? "")} error={errors[field("length")]} />
                <TextField
                  label={`Price (${currency})`}
                  id={fieldId("price")}
                  name={field("price")}
                  inputMode="decimal"
                  defaultValue={value(field("price"), stored ? formatMinorUnits(stored.price, digits) : "")}
                  error={errors[field("price")]}
                />
                <TextField
                  label="Low-stock alert at"
                  id={fieldId("lowStockThreshold")}
                  name={field("lowStockThreshold")}
                  inputMode="numeric"
                  defaultValue={value(field("lowStockThreshold"), String(stored?.lowStockThreshold ?? 2))}
                  error={errors[field("lowStockThreshold")]}
                />
                {stored ? (
                  <div className={errors[field("remove")] ? "field field--invalid" : "field"}>
                    <label className="checkbox">
                      <input
                        type="checkbox"
                        name={field("remove")}
                        defaultChecked={checked(field("remove"), false)}
                        aria-describedby={errors[field("remove")] ? fieldId("remove-error") : undefined}
                      />
                      Remove this variant
                    </label>
                    {errors[field("remove")] ? (
                      <p className="field__error" id={fieldId("remove-error")}>
                        {errors[field("remove")]}
                      </p>
                    ) : null}
                  </div>
                ) : null}
              </div>
            );
          })}
        </div>
      </fieldset>

      <fieldset aria-describedby="shares-hint">
        <legend>Where your money goes</legend>
        <p className="field__hint" id="shares-hint">
          Percentages of the price; the four must add up to 100. Shown to shoppers on the product page.
        </p>
        {errors.shares ? (
          <p className="field__error" role="alert">
            {errors.shares}
          </p>
        ) : null}
        <div className="share-grid">
          {SHARE_LABELS.map(({ key, label }) => (
            <TextField
              key={key}
              label={`${label} (%)`}
              name={key}
              inputMode="decimal"
              defaultValue={value(key, product ? formatBasisPoints(product[key]) : "")}
              error={errors[key]}
            />
          ))}
        </div>
      </fieldset>

      <fieldset>
        <legend>Made by</legend>
        <p className="muted" id="makers-help">
          Tick every maker who made this piece. Her name is shown on it only if she chose “My name on the pieces I made” in her consent; otherwise
          the piece says “{STUDIO_CREDIT}”.
        </p>
        {errors.makerIds ? <p className="field__error">{errors.makerIds}</p> : null}
        {makers.length === 0 ? (
          <p className="muted">There are no makers yet.</p>
        ) : (
          <ul className="checkbox-list" aria-describedby="makers-help">
            {makers.map((maker) => (
              <li key={maker.id}>
                <label className="checkbox">
                  <input type="checkbox" name="makerIds" value={maker.id} defaultChecked={selectedMakers.has(maker.id)} />
                  {maker.internalLabel}
                  <span className="muted"> ({maker.credited ? "named on her pieces" : "not named: the studio line is shown"})</span>
                </label>
              </li>
            ))}
          </ul>
        )}
      </fieldset>

      <fieldset>
        <legend>Collections</legend>
        {errors.collectionIds ? <p className="field__error">{errors.collectionIds}</p> : null}
        {collections.length === 0 ? (
          <p className="muted">There are no hand-picked collections yet.</p>
        ) : (
          <ul className="checkbox-list">
            {collections.map((collection) => (
              <li key={collection.id}>
                <label className="checkbox">
                  <input type="checkbox" name="collectionIds" value={collection.id} defaultChecked={selectedCollections.has(collection.id)} />
                  {collection.title}
                  {collection.status !== "PUBLISHED" ? <span className="muted"> (not published)</span> : null}
                </label>
              </li>
            ))}
          </ul>
        )}
      </fieldset>

      <div className="form-actions">
        <button type="submit" className="button" disabled={saving}>
          {saving ? "Saving…" : submitLabel}
        </button>
      </div>
    </Form>
  );
}
