/** "Where your money goes": a product's four shares, in basis points of its price (sum 10000). */
export type Shares = { wagesShare: number; materialsShare: number; programShare: number; operationsShare: number };

export const SHARE_LABELS = [
  { key: "wagesShare", label: "Maker wages" },
  { key: "materialsShare", label: "Materials" },
  { key: "programShare", label: "Training and support program" },
  { key: "operationsShare", label: "Running the shop" },
] as const satisfies readonly { key: keyof Shares; label: string }[];

export type BreakdownPart = { key: keyof Shares; label: string; basisPoints: number; amount: number };

/**
 * Splits `price` (minor units) by the shares. Amounts are whole minor units that always add up
 * to the price: rounding leftovers go to the parts with the largest remainders.
 */
export function splitPrice(price: number, shares: Shares): BreakdownPart[] {
  const parts = SHARE_LABELS.map(({ key, label }) => {
    const exact = (price * shares[key]) / 10_000;
    return { key, label, basisPoints: shares[key], amount: Math.floor(exact), remainder: exact - Math.floor(exact) };
  });
  let leftover = price - parts.reduce((sum, part) => sum + part.amount, 0);
  for (const part of [...parts].sort((a, b) => b.remainder - a.remainder)) {
    if (leftover <= 0) break;
    part.amount += 1;
    leftover -= 1;
  }
  return parts.map(({ remainder: _remainder, ...part }) => part);
}

/** Basis points as a percentage for people: 4400 → "44%", 1850 → "18.5%". */
export function formatShare(basisPoints: number): string {
  return `${Number((basisPoints / 100).toFixed(1))}%`;
}
