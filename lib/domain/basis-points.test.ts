import { describe, expect, it } from "vitest";
import { basisPointsToPercent, percentToBasisPoints } from "./basis-points";

describe("percentToBasisPoints", () => {
  it("parses whole and decimal percentages exactly", () => {
    expect(percentToBasisPoints("13")).toBe(1300);
    expect(percentToBasisPoints("9.5")).toBe(950);
    expect(percentToBasisPoints("9.50")).toBe(950);
    expect(percentToBasisPoints("0.07")).toBe(7);
    expect(percentToBasisPoints("0")).toBe(0);
    expect(percentToBasisPoints(" 6 ")).toBe(600);
    expect(percentToBasisPoints("100")).toBe(10000);
    // 0.29 * 100 is 28.999999999999996 as a float; the string split keeps it exact.
    expect(percentToBasisPoints("0.29")).toBe(29);
    expect(percentToBasisPoints("16.15")).toBe(1615);
  });

  it("rejects more than two decimals, signs, exponents, junk and rates above 100 %", () => {
    for (const bad of ["", "1.234", "-1", "+5", "1e2", "13%", "abc", ".5", "5.", "100.01", "101", "1,5", "1000"]) {
      expect(percentToBasisPoints(bad), bad).toBeNull();
    }
  });
});

describe("basisPointsToPercent", () => {
  it("prints the shortest exact text and round-trips", () => {
    expect(basisPointsToPercent(1300)).toBe("13");
    expect(basisPointsToPercent(950)).toBe("9.5");
    expect(basisPointsToPercent(7)).toBe("0.07");
    expect(basisPointsToPercent(0)).toBe("0");
    for (const bp of [0, 1, 10, 99, 100, 905, 1615, 10000]) expect(percentToBasisPoints(basisPointsToPercent(bp))).toBe(bp);
  });
});
