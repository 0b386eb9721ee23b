import { z } from "zod";

export type FieldErrors = Record<string, string>;

/** The first message for each field, keyed by its dotted path ("variants.0.price"). */
export function fieldErrors(error: z.ZodError): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.join(".") || "form";
    errors[key] ??= issue.message;
  }
  return errors;
}

/** Text fields of a submitted form, to put back into the inputs after an error. */
export function formValues(form: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of form) if (typeof value === "string") values[key] = value;
  return values;
}

/**
 * A decimal amount typed by a person ("48", "48.5", "1,048.00") as exact integer minor units
 * (4800, 4850, 104800), by string arithmetic: no floating point ever touches money.
 * Null when it is not a plain non-negative amount with at most `digits` decimals.
 */
export function parseMinorUnits(input: string, digits = 2): number | null {
  const trimmed = input.trim().replace(/^[$€£]/, "");
  const match = /^(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d*))?$/.exec(trimmed);
  if (!match) return null;
  const whole = match[1]!.replaceAll(",", "");
  const fraction = match[2] ?? "";
  if (fraction.length > digits) return null;
  const units = Number(whole + fraction.padEnd(digits, "0"));
  return Number.isSafeInteger(units) ? units : null;
}

/** Integer minor units as the decimal a person types: 4800 → "48.00". */
export function formatMinorUnits(units: number, digits = 2): string {
  if (digits === 0) return String(units);
  const text = String(units).padStart(digits + 1, "0");
  return `${text.slice(0, -digits)}.${text.slice(-digits)}`;
}

/** A percentage with up to two decimals ("42.5") as basis points (4250); null if not one. */
export function parseBasisPoints(input: string): number | null {
  const match = /^(\d{1,3})(?:\.(\d{0,2}))?$/.exec(input.trim().replace(/%$/, "").trim());
  if (!match) return null;
  const points = Number(match[1]! + (match[2] ?? "").padEnd(2, "0"));
  return points <= 10_000 ? points : null;
}

/** Basis points as the percentage typed in the form: 4250 → "42.5". */
export function formatBasisPoints(points: number): string {
  return String(points / 100);
}

/** An optional free-text field: trimmed, limited, and null when left empty. */
export const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `Keep this under ${max} characters.`)
    .optional()
    .transform((value) => value || null);

/** The last part of a web address (a handle or slug); empty means "make one from the title". */
export const webAddress = (example: string) =>
  z
    .string()
    .trim()
    .toLowerCase()
    .max(80, "Keep the web address under 80 characters.")
    .regex(/^([a-z0-9]+(-[a-z0-9]+)*)?$/, `Use lower-case letters, digits and single dashes, like “${example}”.`);
