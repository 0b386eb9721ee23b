const formatters = new Map<string, Intl.NumberFormat>();

/** Formats integer minor units (cents) in the shop currency, e.g. 4800 → "$48.00". */
export function formatMoney(minorUnits: number, currency: string, locale = "en-US") {
  const key = `${locale}:${currency}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat(locale, { style: "currency", currency });
    formatters.set(key, formatter);
  }
  const digits = formatter.resolvedOptions().maximumFractionDigits ?? 2;
  return formatter.format(minorUnits / 10 ** digits);
}
