import { describe, expect, it } from "vitest";
import { formatQuantity, isWholeQuantity, parseQuantity, QuantityError, tryParseQuantity, units } from "./quantity";

describe("parseQuantity", () => {
  it("reads up to three decimals exactly into thousandths", () => {
    expect(parseQuantity("1.5")).toBe(1500);
    expect(parseQuantity("2")).toBe(2000);
    expect(parseQuantity("0.001")).toBe(1);
    expect(parseQuantity("0.1")).toBe(100); // 0.1 * 1000 happens to be exact; "1.001" * 1000 is 1000.9999999999999
    expect(parseQuantity("1.001")).toBe(1001);
    expect(parseQuantity("-3.25")).toBe(-3250);
    expect(parseQuantity("1,000")).toBe(1_000_000); // grouped thousands, not a decimal comma
    expect(parseQuantity(" 12.500 ")).toBe(12500);
  });

  it("refuses a fourth decimal unless rounding half-up", () => {
    expect(() => parseQuantity("1.0005")).toThrow(expect.objectContaining({ reason: "precision" }));
    expect(parseQuantity("1.0005", { rounding: "half-up" })).toBe(1001);
    expect(parseQuantity("1.0004", { rounding: "half-up" })).toBe(1000);
    expect(parseQuantity("-1.0005", { rounding: "half-up" })).toBe(-1001);
    expect(parseQuantity("1.0000")).toBe(1000);
  });

  it("rejects junk", () => {
    for (const bad of ["", "x", "1e3", ".5", "1.", "1,5", "1 000", "½"]) {
      expect(() => parseQuantity(bad), bad).toThrow(QuantityError);
      expect(tryParseQuantity(bad), bad).toBeNull();
    }
    expect(tryParseQuantity("1.5")).toBe(1500);
    expect(() => parseQuantity("9".repeat(20))).toThrow(RangeError);
  });
});

describe("formatQuantity", () => {
  it("prints the shortest exact text, or all three decimals", () => {
    expect(formatQuantity(1500)).toBe("1.5");
    expect(formatQuantity(2000)).toBe("2");
    expect(formatQuantity(1)).toBe("0.001");
    expect(formatQuantity(0)).toBe("0");
    expect(formatQuantity(-3250)).toBe("-3.25");
    expect(formatQuantity(100_000)).toBe("100");
    expect(formatQuantity(1500, { fixed: true })).toBe("1.500");
    expect(() => formatQuantity(1.5)).toThrow(TypeError);
  });

  it("round-trips", () => {
    for (const q of [0, 1, 10, 999, 1000, 1001, 123456789, -42]) expect(parseQuantity(formatQuantity(q))).toBe(q);
  });
});

describe("units and isWholeQuantity", () => {
  it("converts whole units and recognises them", () => {
    expect(units(3)).toBe(3000);
    expect(units(-2)).toBe(-2000);
    expect(() => units(0.5)).toThrow(TypeError);
    expect(() => units(Number.MAX_SAFE_INTEGER)).toThrow(RangeError);
    expect(isWholeQuantity(3000)).toBe(true);
    expect(isWholeQuantity(-2000)).toBe(true);
    expect(isWholeQuantity(1500)).toBe(false);
  });
});
