import { describe, expect, it } from "vitest";
import { isLineProblem, linesTotal, parseLine, type ExactLine } from "./line-input";

const typed = (over: Partial<Parameters<typeof parseLine>[0]> = {}) => ({ productId: null, description: "Install", quantity: "2", unitPrice: "100.50", discount: "", ...over });

describe("parseLine", () => {
  it("parses exact values and the rounded-once amount", () => {
    const line = parseLine(typed({ quantity: "3", unitPrice: "0.33", discount: "10" }), 0, "CNY", null) as ExactLine;
    expect(line).toMatchObject({ quantity: 3000, unitPrice: 33, discountBp: 1000 });
    // 3 × 0.33 × 0.9 = 0.891 → 0.89 once, not 3 × round(0.297)
    expect(line.amount).toBe(89);
  });

  it("takes the product name when the description is empty", () => {
    const line = parseLine(typed({ productId: "p1", description: "" }), 0, "CNY", { uomDecimals: false, name: "Pump" }) as ExactLine;
    expect(line.description).toBe("Pump");
  });

  it.each([
    [typed({ description: "" }), "lines.0.description", "lines.description"],
    [typed({ quantity: "0" }), "lines.0.quantity", "lines.quantity"],
    [typed({ quantity: "-1" }), "lines.0.quantity", "lines.quantity"],
    [typed({ quantity: "abc" }), "lines.0.quantity", "lines.quantity"],
    [typed({ unitPrice: "1.001" }), "lines.0.unitPrice", "lines.unitPrice"],
    [typed({ unitPrice: "-5" }), "lines.0.unitPrice", "lines.unitPrice"],
    [typed({ discount: "101" }), "lines.0.discount", "lines.discount"],
    [typed({ discount: "x" }), "lines.0.discount", "lines.discount"],
  ])("reports a bad line on its field (%#)", (line, field, key) => {
    const result = parseLine(line, 0, "CNY", null);
    expect(isLineProblem(result) && result).toEqual({ field, key });
  });

  it("refuses fractions of whole-unit products but allows them for decimal units", () => {
    expect(parseLine(typed({ productId: "p", quantity: "1.5" }), 2, "CNY", { uomDecimals: false, name: "Box" })).toEqual({ field: "lines.2.quantity", key: "lines.wholeQuantity" });
    expect(isLineProblem(parseLine(typed({ productId: "p", quantity: "1.5" }), 2, "CNY", { uomDecimals: true, name: "Steel" }))).toBe(false);
  });

  it("follows the currency's minor digits", () => {
    expect((parseLine(typed({ unitPrice: "1500", quantity: "1" }), 0, "JPY", null) as ExactLine).unitPrice).toBe(1500);
    expect(isLineProblem(parseLine(typed({ unitPrice: "1500.5" }), 0, "JPY", null))).toBe(true);
  });
});

describe("linesTotal", () => {
  it("sums line amounts exactly", () => {
    expect(linesTotal([{ amount: 10 }, { amount: 20 }, { amount: 1 }])).toBe(31);
    expect(linesTotal([])).toBe(0);
  });
});
