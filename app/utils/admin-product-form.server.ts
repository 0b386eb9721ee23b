import { z } from "zod";
import type { ProductInput } from "~/models/admin-products.server";
import { type FieldErrors, fieldErrors, formatMinorUnits, optionalText, parseBasisPoints, parseMinorUnits, webAddress } from "~/utils/admin-forms";
import { currencyDigits } from "~/utils/money";
import { SHARE_LABELS } from "~/utils/breakdown";
import { getEnv } from "~/utils/env.server";

export const CATEGORIES = ["BRACELET", "NECKLACE", "EARRINGS", "RING", "ANKLET"] as const;
const MAX_VARIANTS = 40;

const productSchema = z.object({
  name: z.string().trim().min(1, "Enter the product's name.").max(120, "Keep the name under 120 characters."),
  handle: webAddress("linen-thread-bracelet"),
  category: z.enum(CATEGORIES, { errorMap: () => ({ message: "Choose a category." }) }),
  summary: z.string().trim().min(1, "Write a one-line summary.").max(300, "Keep the summary under 300 characters."),
  description: z.string().trim().min(1, "Describe the piece.").max(5000, "Keep the description under 5000 characters."),
  materials: z.string().trim().min(1, "List the materials.").max(1000, "Keep this under 1000 characters."),
  care: z.string().trim().min(1, "Say how to care for it.").max(1000, "Keep this under 1000 characters."),
  featured: z.literal("on").optional(),
});

function variantSchema(digits: number) {
  return z.object({
    id: z
      .string()
      .max(64)
      .optional()
      .transform((value) => value || undefined),
    sku: z
      .string()
      .trim()
      .min(1, "Enter a SKU.")
      .max(64, "Keep the SKU under 64 characters.")
      .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, "Use letters, digits, dots and dashes."),
    metal: z.string().trim().min(1, "Enter the metal.").max(60, "Keep this under 60 characters."),
    size: optionalText(30),
    length: optionalText(30),
    price: z.string().transform((value, ctx) => {
      const units = parseMinorUnits(value, digits);
      if (units === null || units <= 0) {
        ctx.addIssue({ code: "custom", message: `Enter a price above zero, like ${formatMinorUnits(4800, digits)}.` });
        return z.NEVER;
      }
      return units;
    }),
    lowStockThreshold: z
      .string()
      .optional()
      .transform((value, ctx) => {
        const text = value?.trim() || "2";
        if (!/^\d{1,4}$/.test(text) || Number(text) > 1000) {
          ctx.addIssue({ code: "custom", message: "Enter a whole number from 0 to 1000." });
          return z.NEVER;
        }
        return Number(text);
      }),
    remove: z.literal("on").optional(),
  });
}

type Row = Record<string, string>;

/** The variant rows of the form ("variants.3.sku" …), in the order of their index. */
export function variantRows(form: FormData): { row: number; fields: Row }[] {
  const rows = new Map<number, Row>();
  for (const [key, value] of form) {
    const match = /^variants\.(\d{1,2})\.(\w+)$/.exec(key);
    if (!match || typeof value !== "string") continue;
    const index = Number(match[1]);
    const row = rows.get(index) ?? {};
    row[match[2]!] = value;
    rows.set(index, row);
  }
  return [...rows.entries()].sort(([a], [b]) => a - b).map(([row, fields]) => ({ row, fields }));
}

const isBlank = (fields: Row) => !fields.id && ["sku", "metal", "size", "length", "price"].every((key) => !fields[key]?.trim());

export function slugify(text: string) {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80)
    .replace(/-+$/, "");
}

/**
 * The editor's form as a ProductInput, or the errors keyed by field name. Prices typed as
 * decimals become exact minor units; the four shares, percentages, must add up to 100.
 */
export function parseProductForm(form: FormData): { ok: true; input: ProductInput } | { ok: false; errors: FieldErrors } {
  const errors: FieldErrors = {};
  const product = productSchema.safeParse(Object.fromEntries([...form].filter(([, v]) => typeof v === "string")));
  if (!product.success) Object.assign(errors, fieldErrors(product.error));

  const shares: Partial<Record<(typeof SHARE_LABELS)[number]["key"], number>> = {};
  for (const { key, label } of SHARE_LABELS) {
    const points = parseBasisPoints(String(form.get(key) ?? ""));
    if (points === null) errors[key] = `Enter the ${label.toLowerCase()} share as a percentage, like 40 or 12.5.`;
    else shares[key] = points;
  }
  const total = Object.values(shares).reduce((sum, value) => sum + value, 0);
  if (Object.keys(shares).length === SHARE_LABELS.length && total !== 10_000) {
    errors.shares = `These add up to ${total / 100}%; they must add up to exactly 100%.`;
  }

  const digits = currencyDigits(getEnv().SHOP_CURRENCY);
  const schema = variantSchema(digits);
  const variants: ProductInput["variants"] = [];
  const rows = variantRows(form).filter(({ fields }) => !isBlank(fields));
  if (rows.length > MAX_VARIANTS) errors.variants = `A product can have at most ${MAX_VARIANTS} variants.`;
  for (const { row, fields } of rows) {
    const parsed = schema.safeParse(fields);
    if (!parsed.success) {
      for (const [field, message] of Object.entries(fieldErrors(parsed.error))) errors[`variants.${row}.${field}`] ??= message;
      continue;
    }
    variants.push({ ...parsed.data, remove: parsed.data.remove === "on", row });
  }
  if (rows.length > 0 && variants.length === rows.length && variants.every((v) => v.remove)) {
    errors.variants = "Keep at least one variant.";
  } else if (rows.length === 0) errors.variants = "Add at least one variant: a metal and a price.";

  const collectionIds = form.getAll("collectionIds").filter((id): id is string => typeof id === "string" && id.length > 0 && id.length <= 64);
  const makerIds = form.getAll("makerIds").filter((id): id is string => typeof id === "string" && id.length > 0 && id.length <= 64);

  if (!product.success || Object.keys(errors).length > 0) return { ok: false, errors };
  const data = product.data;
  const handle = data.handle || slugify(data.name);
  if (!handle) return { ok: false, errors: { handle: "Enter a web address made of letters and digits." } };
  return {
    ok: true,
    input: {
      ...data,
      handle,
      featured: data.featured === "on",
      wagesShare: shares.wagesShare!,
      materialsShare: shares.materialsShare!,
      programShare: shares.programShare!,
      operationsShare: shares.operationsShare!,
      collectionIds: [...new Set(collectionIds)],
      makerIds: [...new Set(makerIds)],
      variants,
    },
  };
}
