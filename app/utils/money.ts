// Intl formatters are costly to create and to query; pages format dozens of prices, so each
// locale and currency gets one formatter and one digit count for the life of the process.
const formatters = new Map<string, { format: Intl.NumberFormat; digits: number }>();

function formatterFor(currency: string, locale: string) {
  const key = `${locale}:${currency}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    const format = new Intl.NumberFormat(locale, { style: "currency", currency });
    formatter = { format, digits: format.resolvedOptions().maximumFractionDigits ?? 2 };
    formatters.set(key, formatter);
  }
  return formatter;
}

/** Digits after the decimal point in `currency`: 2 for USD, 0 for JPY. */
export function currencyDigits(currency: string) {
  return formatterFor(currency, "en-US").digits;
}

/** Formats integer minor units (cents) in the shop currency, e.g. 4800 → "$48.00". */
export function formatMoney(minorUnits: number, currency: string, locale = "en-US") {
  const { format, digits } = formatterFor(currency, locale);
  return format.format(minorUnits / 10 ** digits);
}
