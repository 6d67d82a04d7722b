import { describe, expect, it } from "vitest";
import { convert } from "@/lib/domain/money";
import { normalizeRate, RateText } from "./currency";

describe("exchange rate text", () => {
  it("normalises: no leading or trailing zeros, at most 10 decimals, above zero", () => {
    expect(normalizeRate("7.12340")).toBe("7.1234");
    expect(normalizeRate(" 007.5 ")).toBe("7.5");
    expect(normalizeRate("0.0472000000")).toBe("0.0472");
    expect(normalizeRate("10")).toBe("10");
    expect(normalizeRate("10.000")).toBe("10");
    expect(normalizeRate("0.0000000001")).toBe("0.0000000001");
    for (const bad of ["0", "0.000", "-7", "7,1", "1,000.5", "1e3", ".5", "5.", "", "abc", "0.00000000001", "1234567890123"]) {
      expect(normalizeRate(bad), bad).toBeNull();
    }
  });

  it("every accepted rate converts, rounding half-up once", () => {
    for (const text of ["7.1234", "0.0000000001", "999999999999.9999999999", "1"]) {
      const rate = normalizeRate(text)!;
      expect(() => convert(100, "USD", "CNY", { rate, date: "2026-03-02" })).not.toThrow();
    }
    // 10 decimals: 12 345.67 USD × 7.1234567891 = 87 943.8467… CNY → 87 943.85
    expect(convert(1234567, "USD", "CNY", { rate: normalizeRate("7.1234567891")!, date: "2026-03-02" }).amount).toBe(8794385);
  });

  it("the form schema reports pricing.rate for a bad rate", () => {
    const result = RateText.safeParse("0");
    expect(result.success).toBe(false);
    expect(result.error?.issues[0].message).toBe("pricing.rate");
    expect(RateText.parse("7.10")).toBe("7.1");
  });
});
