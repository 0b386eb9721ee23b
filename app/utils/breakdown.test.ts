import { describe, expect, it } from "vitest";
import { formatShare, splitPrice } from "~/utils/breakdown";

describe("splitPrice", () => {
  it("splits a price by basis points into whole minor units", () => {
    const parts = splitPrice(5800, { wagesShare: 4400, materialsShare: 2000, programShare: 1800, operationsShare: 1800 });
    expect(parts.map((p) => [p.key, p.amount])).toEqual([
      ["wagesShare", 2552],
      ["materialsShare", 1160],
      ["programShare", 1044],
      ["operationsShare", 1044],
    ]);
  });

  it("always adds up to the price, giving rounding leftovers to the largest remainders", () => {
    const parts = splitPrice(999, { wagesShare: 3333, materialsShare: 3333, programShare: 3334, operationsShare: 0 });
    expect(parts.reduce((sum, p) => sum + p.amount, 0)).toBe(999);
    expect(parts.map((p) => p.amount)).toEqual([333, 333, 333, 0]);
    const odd = splitPrice(101, { wagesShare: 2500, materialsShare: 2500, programShare: 2500, operationsShare: 2500 });
    expect(odd.reduce((sum, p) => sum + p.amount, 0)).toBe(101);
  });
});

describe("formatShare", () => {
  it("shows whole percentages without decimals and halves with one", () => {
    expect(formatShare(4400)).toBe("44%");
    expect(formatShare(1850)).toBe("18.5%");
    expect(formatShare(0)).toBe("0%");
  });
});
