import { describe, expect, it } from "vitest";
import { prepaymentAmount } from "./prepayment";

describe("prepayment required", () => {
  it("a percentage of the gross total, rounded half-up once", () => {
    expect(prepaymentAmount("percent", "30", 11_300, "CNY")).toBe(3390);
    expect(prepaymentAmount("percent", "33.33", 100, "CNY")).toBe(33);
    expect(prepaymentAmount("percent", "12.5", 1, "CNY")).toBe(0);
    expect(prepaymentAmount("percent", "", 11_300, "CNY")).toBe(0);
  });

  it("an amount in the order currency, never more than the total", () => {
    expect(prepaymentAmount("amount", "50.5", 11_300, "CNY")).toBe(5050);
    expect(prepaymentAmount("amount", "500", 11_300, "CNY")).toBe(11_300);
    expect(prepaymentAmount("amount", "100", 5000, "JPY")).toBe(100);
  });

  it("refuses bad input on the prepayment field", () => {
    expect(() => prepaymentAmount("percent", "120", 100, "CNY")).toThrow(expect.objectContaining({ field: "prepayment" }));
    expect(() => prepaymentAmount("amount", "1.234", 100, "CNY")).toThrow(expect.objectContaining({ field: "prepayment", key: "pricing.money" }));
    expect(() => prepaymentAmount("amount", "-1", 100, "CNY")).toThrow(expect.objectContaining({ field: "prepayment" }));
  });
});
