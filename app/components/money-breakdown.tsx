import { formatShare, splitPrice, type Shares } from "~/utils/breakdown";
import { formatMoney } from "~/utils/money";

const SEGMENT_CLASS = {
  wagesShare: "breakdown__part--wages",
  materialsShare: "breakdown__part--materials",
  programShare: "breakdown__part--program",
  operationsShare: "breakdown__part--operations",
} as const;

/** "Where your money goes": the product's own shares of the chosen price, as a bar and a table. */
export function MoneyBreakdown({ price, shares, currency }: { price: number; shares: Shares; currency: string }) {
  const parts = splitPrice(price, shares);
  const segments = parts.map((part, index) => ({
    ...part,
    x: parts.slice(0, index).reduce((sum, before) => sum + before.basisPoints, 0) / 100,
  }));
  return (
    <section className="breakdown" aria-labelledby="breakdown-heading">
      <h2 id="breakdown-heading">Where your money goes</h2>
      <p>
        Of the {formatMoney(price, currency)} you pay for this piece, this is how it is shared. We work out these
        shares for every piece we make, so you can see what your purchase pays for.
      </p>
      {/* The table below carries the numbers; the bar only draws them. Attributes, not styles: the CSP allows no inline styles. */}
      <svg className="breakdown__chart" viewBox="0 0 100 10" preserveAspectRatio="none" width="100%" height="20" aria-hidden="true" focusable="false">
        {segments.map((part) => (
          <rect key={part.key} className={SEGMENT_CLASS[part.key]} x={part.x} y={0} width={part.basisPoints / 100} height={10} />
        ))}
      </svg>
      <table className="breakdown__table">
        <caption className="visually-hidden">How the price of {formatMoney(price, currency)} is shared</caption>
        <thead className="visually-hidden">
          <tr>
            <th scope="col">Where it goes</th>
            <th scope="col">Share</th>
            <th scope="col">Amount</th>
          </tr>
        </thead>
        <tbody>
          {parts.map((part) => (
            <tr key={part.key}>
              <th scope="row">
                <span className={`breakdown__swatch ${SEGMENT_CLASS[part.key]}`} aria-hidden="true" />
                {part.label}
              </th>
              <td>{formatShare(part.basisPoints)}</td>
              <td>{formatMoney(part.amount, currency)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
