import numberToWords from "number-to-words";
import { currencyDigits } from "~/utils/money";

/**
 * An amount of money in words, the way a cheque writes it, so a misplaced decimal point cannot
 * pass unnoticed: 4850 USD → "Forty-eight US dollars and 50/100"; 5000 JPY → "Five thousand Japanese yen".
 */
export function amountInWords(minorUnits: number, currency: string) {
  const digits = currencyDigits(currency);
  const scale = 10 ** digits;
  const major = Math.floor(minorUnits / scale);
  const minor = minorUnits % scale;
  // The currency's own name, singular or plural as the amount needs ("US dollars", "euros").
  const name =
    new Intl.NumberFormat("en-US", { style: "currency", currency, currencyDisplay: "name", minimumFractionDigits: 0, maximumFractionDigits: 0 })
      .formatToParts(major)
      .find((part) => part.type === "currency")?.value ?? currency;
  const words = numberToWords.toWords(major);
  const sentence = `${words.charAt(0).toUpperCase()}${words.slice(1)} ${name}`;
  return digits > 0 && minor > 0 ? `${sentence} and ${String(minor).padStart(digits, "0")}/${scale}` : sentence;
}
