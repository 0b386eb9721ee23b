import { z } from "zod";
import { type FieldErrors, fieldErrors, formatMinorUnits, parseMinorUnits, webAddress } from "~/utils/admin-forms";
import { currencyDigits } from "~/utils/money";
import { slugify } from "~/utils/admin-product-form.server";
import { getEnv } from "~/utils/env.server";

export type CollectionInput = {
  title: string;
  handle: string;
  intro: string;
  isGift: boolean;
  priceMin: number | null;
  priceMax: number | null;
  priceLabel: string | null;
  heroAlt: string;
};

const collectionSchema = z.object({
  title: z.string().trim().min(1, "Give the collection a title.").max(120, "Keep the title under 120 characters."),
  handle: webAddress("gifts-for-her"),
  intro: z.string().trim().min(1, "Write a short introduction.").max(1000, "Keep the introduction under 1000 characters."),
  isGift: z.literal("on").optional(),
  priceMin: z.string().trim().optional(),
  priceMax: z.string().trim().optional(),
  priceLabel: z
    .string()
    .trim()
    .max(60, "Keep the label under 60 characters.")
    .optional()
    .transform((value) => value || null),
  heroAlt: z.string().trim().max(300, "Keep the description under 300 characters."),
});

/** The collection editor's form as a CollectionInput, or errors keyed by field name. Amounts become exact minor units. */
export function parseCollectionForm(form: FormData): { ok: true; input: CollectionInput } | { ok: false; errors: FieldErrors } {
  const parsed = collectionSchema.safeParse(Object.fromEntries([...form].filter(([, v]) => typeof v === "string")));
  const errors: FieldErrors = parsed.success ? {} : fieldErrors(parsed.error);
  const digits = currencyDigits(getEnv().SHOP_CURRENCY);
  const example = formatMinorUnits(5000, digits);
  const amount = (field: "priceMin" | "priceMax") => {
    const text = String(form.get(field) ?? "").trim();
    if (!text) return null;
    const units = parseMinorUnits(text, digits);
    if (units === null) errors[field] = `Enter an amount like ${example}, or leave it empty.`;
    return units;
  };
  const priceMin = amount("priceMin");
  const priceMax = amount("priceMax");
  if (priceMin !== null && priceMax !== null && priceMin >= priceMax) {
    errors.priceMax = "The upper end must be above the lower end.";
  }
  if (!parsed.success || Object.keys(errors).length > 0) return { ok: false, errors };
  const { isGift, priceMin: _min, priceMax: _max, ...data } = parsed.data;
  const handle = data.handle || slugify(data.title);
  if (!handle) return { ok: false, errors: { handle: "Enter a web address made of letters and digits." } };
  return { ok: true, input: { ...data, handle, isGift: isGift === "on", priceMin, priceMax } };
}
