import { describe, expect, it } from "vitest";
import {
  allocate,
  convert,
  CURRENCY_DIGITS,
  displayMoney,
  documentTotals,
  formatMoney,
  isCurrencyCode,
  lineAmount,
  minorDigits,
  MoneyError,
  parseMoney,
  percentOf,
  priceLine,
  sumMoney,
  taxFromGross,
  taxFromNet,
  toMinor,
  tryParseMoney,
} from "./money";

// A small deterministic generator, so the property checks below are repeatable.
function rng(seed: number) {
  let s = seed >>> 0;
  return (max: number) => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s % max;
  };
}

describe("currencies", () => {
  it("knows the minor-unit digits", () => {
    expect(minorDigits("CNY")).toBe(2);
    expect(minorDigits("USD")).toBe(2);
    expect(minorDigits("EUR")).toBe(2);
    expect(minorDigits("JPY")).toBe(0);
    expect(minorDigits("KRW")).toBe(0);
    expect(minorDigits("KWD")).toBe(3);
    // Not in our table: Intl's ISO 4217 data answers.
    expect(minorDigits("PLN")).toBe(2);
  });

  it("agrees with Intl for every code in the table", () => {
    for (const [code, digits] of Object.entries(CURRENCY_DIGITS)) {
      if (code === "IDR" || code === "TWD") continue; // ICU uses cash digits (0) there; ISO 4217 says 2
      expect(new Intl.NumberFormat("en", { style: "currency", currency: code }).resolvedOptions().maximumFractionDigits, code).toBe(digits);
    }
  });

  it("rejects what is not an ISO code", () => {
    for (const bad of ["cny", "RMB", "US", "USDX", "", "¥", "ZZZ"]) {
      expect(isCurrencyCode(bad), bad).toBe(false);
      expect(() => minorDigits(bad), bad).toThrow(MoneyError);
    }
    expect(isCurrencyCode(undefined)).toBe(false);
  });
});

describe("parseMoney", () => {
  it("turns decimal text into exact minor units", () => {
    expect(parseMoney("1234.56", "CNY")).toBe(123456);
    expect(parseMoney("0.1", "CNY")).toBe(10);
    expect(parseMoney("0.29", "CNY")).toBe(29); // 0.29 * 100 = 28.999999999999996 as floats
    expect(parseMoney("1.15", "USD")).toBe(115); // 1.15 * 100 = 114.99999999999999
    expect(parseMoney("4.35", "EUR")).toBe(435); // 4.35 * 100 = 434.99999999999994
    expect(parseMoney("12", "CNY")).toBe(1200);
    expect(parseMoney("0", "CNY")).toBe(0);
    expect(parseMoney("-0", "CNY")).toBe(0);
    expect(Object.is(parseMoney("-0.00", "CNY"), -0)).toBe(false);
    expect(parseMoney("-7.05", "CNY")).toBe(-705);
    expect(parseMoney("+7.05", "CNY")).toBe(705);
    expect(parseMoney("  88.8 ", "CNY")).toBe(8880);
    expect(parseMoney("1,234,567.89", "CNY")).toBe(123456789);
    expect(parseMoney("1500", "JPY")).toBe(1500);
    expect(parseMoney("1.234", "KWD")).toBe(1234);
    expect(parseMoney("007.50", "CNY")).toBe(750);
  });

  it("handles amounts far beyond 2^31 exactly", () => {
    expect(parseMoney("21474836.48", "CNY")).toBe(2 ** 31);
    expect(parseMoney("90071992547409.91", "CNY")).toBe(Number.MAX_SAFE_INTEGER);
    expect(parseMoney("-90071992547409.91", "CNY")).toBe(-Number.MAX_SAFE_INTEGER);
    expect(() => parseMoney("90071992547409.92", "CNY")).toThrow(RangeError);
  });

  it("refuses more decimals than the currency has, unless asked to round half-up", () => {
    expect(() => parseMoney("1.005", "CNY")).toThrow(expect.objectContaining({ reason: "precision" }));
    expect(() => parseMoney("1.5", "JPY")).toThrow(MoneyError);
    expect(parseMoney("1.0", "JPY")).toBe(1);
    expect(parseMoney("1.000", "CNY")).toBe(100); // trailing zeros are not extra precision
    expect(parseMoney("1.005", "CNY", { rounding: "half-up" })).toBe(101);
    expect(parseMoney("1.00499999", "CNY", { rounding: "half-up" })).toBe(100);
    expect(parseMoney("-1.005", "CNY", { rounding: "half-up" })).toBe(-101);
    expect(parseMoney("2.5", "JPY", { rounding: "half-up" })).toBe(3);
    expect(parseMoney("-2.5", "JPY", { rounding: "half-up" })).toBe(-3);
    expect(parseMoney("0.994", "CNY", { rounding: "half-up" })).toBe(99);
    expect(parseMoney("0.995", "CNY", { rounding: "half-up" })).toBe(100);
    expect(parseMoney("1.00000000000000000001", "CNY", { rounding: "half-up" })).toBe(100);
  });

  it("rejects anything that is not plain decimal text", () => {
    for (const bad of ["", " ", "abc", "1e3", "1E-2", "0x10", ".5", "5.", "1..2", "1.2.3", "--1", "+-1", "1 000", "1,00", "12,34.5", ",123", "¥12", "12元", "NaN", "Infinity", "1_000", "١٢"]) {
      expect(() => parseMoney(bad, "CNY"), bad).toThrow(expect.objectContaining({ reason: "format" }));
      expect(tryParseMoney(bad, "CNY"), bad).toBeNull();
    }
    expect(() => parseMoney("1".repeat(100), "CNY")).toThrow(MoneyError);
  });

  it("tryParseMoney returns null instead of throwing, and values otherwise", () => {
    expect(tryParseMoney("9.99", "USD")).toBe(999);
    expect(tryParseMoney("9.999", "USD")).toBeNull();
    expect(tryParseMoney("9.999", "USD", { rounding: "half-up" })).toBe(1000);
    expect(tryParseMoney("9", "???")).toBeNull();
  });
});

describe("formatMoney / displayMoney", () => {
  it("prints exact decimal text with the currency's digits", () => {
    expect(formatMoney(123456, "CNY")).toBe("1234.56");
    expect(formatMoney(5, "CNY")).toBe("0.05");
    expect(formatMoney(-5, "CNY")).toBe("-0.05");
    expect(formatMoney(-100, "USD")).toBe("-1.00");
    expect(formatMoney(0, "EUR")).toBe("0.00");
    expect(formatMoney(1234, "JPY")).toBe("1234");
    expect(formatMoney(1234, "KWD")).toBe("1.234");
    expect(formatMoney(Number.MAX_SAFE_INTEGER, "CNY")).toBe("90071992547409.91");
  });

  it("round-trips with parseMoney", () => {
    const next = rng(7);
    for (let i = 0; i < 500; i++) {
      const minor = (next(2) ? -1 : 1) * (next(1_000_000_000) * 1000 + next(1000));
      for (const currency of ["CNY", "JPY", "KWD"]) expect(parseMoney(formatMoney(minor, currency), currency)).toBe(minor);
    }
  });

  it("refuses a float or an unsafe number instead of guessing", () => {
    expect(() => formatMoney(1.5, "CNY")).toThrow(TypeError);
    expect(() => formatMoney(Number.NaN, "CNY")).toThrow(TypeError);
    expect(() => formatMoney(2 ** 53, "CNY")).toThrow(TypeError);
  });

  it("shows amounts in the reader's locale without floating-point noise", () => {
    expect(displayMoney(123456, "CNY", "zh-CN")).toBe("¥1,234.56");
    expect(displayMoney(123456, "USD", "en")).toBe("$1,234.56");
    expect(displayMoney(-5, "EUR", "en")).toBe("-€0.05");
    expect(displayMoney(1500, "JPY", "en")).toBe("¥1,500");
    // 2^53 − 1 fen has more significant digits than a double holds; the text path keeps them.
    expect(displayMoney(Number.MAX_SAFE_INTEGER, "CNY", "en")).toBe("CN¥90,071,992,547,409.91");
  });
});

describe("toMinor and sumMoney", () => {
  it("accepts database values and checks them", () => {
    expect(toMinor(12)).toBe(12);
    expect(toMinor(12n)).toBe(12);
    expect(toMinor("-34")).toBe(-34);
    expect(toMinor(" 56 ")).toBe(56);
    expect(() => toMinor(2n ** 53n)).toThrow(RangeError);
    expect(() => toMinor("1.5")).toThrow(MoneyError);
    expect(() => toMinor(0.1)).toThrow(TypeError);
  });

  it("sums exactly and refuses to overflow", () => {
    expect(sumMoney([])).toBe(0);
    expect(sumMoney([10, 20, -5])).toBe(25);
    expect(sumMoney(new Set([2 ** 40, 2 ** 41]))).toBe(2 ** 40 + 2 ** 41); // any iterable
    expect(() => sumMoney([Number.MAX_SAFE_INTEGER, 1])).toThrow(RangeError);
    expect(() => sumMoney([0.1, 0.2])).toThrow(TypeError);
  });
});

describe("percentOf", () => {
  it("rounds half-up (away from zero)", () => {
    expect(percentOf(1000, 1300)).toBe(130);
    expect(percentOf(1, 5000)).toBe(1); // 0.5 → 1
    expect(percentOf(-1, 5000)).toBe(-1);
    expect(percentOf(3, 5000)).toBe(2); // 1.5 → 2
    expect(percentOf(149, 100)).toBe(1); // 1.49 → 1
    expect(percentOf(150, 100)).toBe(2); // 1.50 → 2
    expect(percentOf(12345, 0)).toBe(0);
    expect(percentOf(12345, 10000)).toBe(12345);
  });

  it("rejects rates outside 0–100 % and non-integers", () => {
    expect(() => percentOf(100, -1)).toThrow(RangeError);
    expect(() => percentOf(100, 10001)).toThrow(RangeError);
    expect(() => percentOf(100, 13.5)).toThrow(TypeError);
  });
});

describe("lineAmount", () => {
  it("multiplies a unit price by an exact quantity in thousandths", () => {
    expect(lineAmount(1999, 3000)).toBe(5997); // 19.99 × 3
    expect(lineAmount(1999, 1500)).toBe(2999); // 29.985 → 29.99 (half-up)
    expect(lineAmount(333, 1000)).toBe(333);
    expect(lineAmount(100, 1)).toBe(0); // 0.001 × 1.00 = 0.001 → 0.00
    expect(lineAmount(500, 1)).toBe(1); // 0.005 → 0.01
    expect(lineAmount(499, 1)).toBe(0); // 0.00499 → 0.00
    expect(lineAmount(1, 500)).toBe(1); // half a fen → 1 fen
    expect(lineAmount(0, 123456)).toBe(0);
  });

  it("applies the discount to the exact product, rounding once", () => {
    expect(lineAmount(10000, 1000, 1000)).toBe(9000); // 100.00 less 10 %
    // 3 × 3.33 = 9.99; less 15 % = 8.4915 → 8.49. Rounding the product first changes nothing here,
    // but 0.333 × 0.15 pieces shows the single rounding:
    expect(lineAmount(333, 3000, 1500)).toBe(849);
    expect(lineAmount(1, 1500, 3333)).toBe(1); // 1.5 × 0.6667 = 1.00005 → 1
    expect(lineAmount(1, 1000, 5000)).toBe(1); // 0.5 → 1
    expect(lineAmount(12345, 2000, 10000)).toBe(0); // 100 % off
  });

  it("mirrors exactly for negative quantities (returns, credit notes)", () => {
    const next = rng(11);
    for (let i = 0; i < 500; i++) {
      const price = next(10_000_000);
      const qty = next(10_000_000);
      const disc = next(10_001);
      expect(lineAmount(price, -qty, disc)).toBe(-lineAmount(price, qty, disc) || 0);
    }
  });

  it("matches an exact rational reference on random inputs", () => {
    const next = rng(3);
    for (let i = 0; i < 1000; i++) {
      const price = next(100_000_000);
      const qty = next(50_000_000);
      const disc = next(3) === 0 ? 0 : next(10_001);
      const num = BigInt(price) * BigInt(qty) * BigInt(10000 - disc);
      const den = 10_000_000n;
      const floor = num / den;
      const expected = (num % den) * 2n >= den ? floor + 1n : floor;
      expect(lineAmount(price, qty, disc)).toBe(Number(expected));
    }
  });

  it("is exact where floats are not, and refuses results past 2^53", () => {
    // 1 billion yuan unit price × 10 000 pieces: the product (10^18) needs 60 bits, the result fits.
    expect(lineAmount(100_000_000_000, 10_000_000)).toBe(1_000_000_000_000_000);
    expect(lineAmount(100_000_000_001, 10_000_001, 1)).toBe(999_900_099_999_999); // exactly 999900099999999.0009999
    expect(() => lineAmount(Number.MAX_SAFE_INTEGER, 2000)).toThrow(RangeError);
    expect(() => lineAmount(10.5, 1000)).toThrow(TypeError);
    expect(() => lineAmount(1000, 1.5)).toThrow(TypeError);
    expect(() => lineAmount(1000, 1000, -1)).toThrow(RangeError);
  });
});

describe("VAT", () => {
  it("tax-exclusive: tax = round(net × rate)", () => {
    expect(taxFromNet(10000, 1300)).toEqual({ net: 10000, tax: 1300, gross: 11300 });
    expect(taxFromNet(999, 1300)).toEqual({ net: 999, tax: 130, gross: 1129 }); // 129.87 → 130
    expect(taxFromNet(50, 900)).toEqual({ net: 50, tax: 5, gross: 55 }); // 4.5 → 5
    expect(taxFromNet(1234, 0)).toEqual({ net: 1234, tax: 0, gross: 1234 });
    expect(taxFromNet(-999, 1300)).toEqual({ net: -999, tax: -130, gross: -1129 });
  });

  it("tax-inclusive: net = round(gross / (1 + rate)), tax = gross − net", () => {
    expect(taxFromGross(11300, 1300)).toEqual({ net: 10000, tax: 1300, gross: 11300 });
    expect(taxFromGross(10000, 1300)).toEqual({ net: 8850, tax: 1150, gross: 10000 }); // 8849.557… → 8850
    expect(taxFromGross(10900, 900)).toEqual({ net: 10000, tax: 900, gross: 10900 });
    expect(taxFromGross(100, 600)).toEqual({ net: 94, tax: 6, gross: 100 }); // 94.339…
    expect(taxFromGross(1, 1300)).toEqual({ net: 1, tax: 0, gross: 1 });
    expect(taxFromGross(-10000, 1300)).toEqual({ net: -8850, tax: -1150, gross: -10000 });
    expect(taxFromGross(777, 0)).toEqual({ net: 777, tax: 0, gross: 777 });
  });

  it("net + tax = gross always, and the rounding is half-up", () => {
    const next = rng(5);
    const rates = [0, 300, 600, 900, 1300, 1700, 2000];
    for (let i = 0; i < 2000; i++) {
      const amount = next(1_000_000_000) - 500_000_000;
      const rate = rates[next(rates.length)];
      const inc = taxFromGross(amount, rate);
      expect(inc.net + inc.tax).toBe(amount);
      // |gross − net × (1 + rate)| ≤ half a minor unit × (1 + rate)
      expect(Math.abs(amount * 10000 - inc.net * (10000 + rate))).toBeLessThanOrEqual((10000 + rate) / 2);
      const exc = taxFromNet(amount, rate);
      expect(exc.net + exc.tax).toBe(exc.gross);
    }
  });
});

describe("documentTotals", () => {
  const lines = [
    { unitPrice: 1999, quantity: 3000, vatRateBp: 1300 }, // 59.97, tax 7.80 (7.7961)
    { unitPrice: 333, quantity: 1500, vatRateBp: 1300, discountBp: 1000 }, // 4.4955 → 4.50, tax 0.59 (0.585)
    { unitPrice: 10000, quantity: 1000, vatRateBp: 600 }, // 100.00, tax 6.00
    { unitPrice: 250, quantity: 2000, vatRateBp: 0 }, // 5.00
    { unitPrice: 1000, quantity: 1000, vatRateBp: 900 }, // 10.00, tax 0.90
  ];

  it("rounds each line, then sums per rate and overall (tax-exclusive)", () => {
    const t = documentTotals(lines, false);
    expect(t.lines.map((l) => [l.amount, l.net, l.tax, l.gross])).toEqual([
      [5997, 5997, 780, 6777],
      [450, 450, 59, 509],
      [10000, 10000, 600, 10600],
      [500, 500, 0, 500],
      [1000, 1000, 90, 1090],
    ]);
    expect(t.byRate).toEqual([
      { vatRateBp: 1300, net: 6447, tax: 839, gross: 7286 },
      { vatRateBp: 900, net: 1000, tax: 90, gross: 1090 },
      { vatRateBp: 600, net: 10000, tax: 600, gross: 10600 },
      { vatRateBp: 0, net: 500, tax: 0, gross: 500 },
    ]);
    expect({ net: t.net, tax: t.tax, gross: t.gross }).toEqual({ net: 17947, tax: 1529, gross: 19476 });
    // Per line then sum: taxing the 13 % net total at once would give 838 (838.11), not 839.
    expect(percentOf(6447, 1300)).toBe(838);
  });

  it("splits tax out of tax-inclusive prices per line", () => {
    const t = documentTotals([{ unitPrice: 11300, quantity: 2000, vatRateBp: 1300 }, { unitPrice: 10000, quantity: 1000, vatRateBp: 1300 }], true);
    expect(t.lines.map((l) => [l.net, l.tax, l.gross])).toEqual([
      [20000, 2600, 22600],
      [8850, 1150, 10000],
    ]);
    expect(t.byRate).toEqual([{ vatRateBp: 1300, net: 28850, tax: 3750, gross: 32600 }]);
    expect(t.gross).toBe(32600);
  });

  it("the breakdown always adds up to the totals, and a credit note mirrors its invoice", () => {
    const next = rng(9);
    for (let i = 0; i < 200; i++) {
      const doc = Array.from({ length: 1 + next(8) }, () => ({
        unitPrice: next(10_000_000),
        quantity: next(100_000) + 1,
        discountBp: next(2) ? next(5000) : 0,
        vatRateBp: [0, 600, 900, 1300][next(4)],
      }));
      for (const inclusive of [false, true]) {
        const t = documentTotals(doc, inclusive);
        expect(sumMoney(t.byRate.map((r) => r.net))).toBe(t.net);
        expect(sumMoney(t.byRate.map((r) => r.tax))).toBe(t.tax);
        expect(t.net + t.tax).toBe(t.gross);
        const credit = documentTotals(doc.map((l) => ({ ...l, quantity: -l.quantity })), inclusive);
        expect([credit.net, credit.tax, credit.gross]).toEqual([-t.net || 0, -t.tax || 0, -t.gross || 0]);
      }
    }
  });

  it("an empty document is all zeros", () => {
    expect(documentTotals([], false)).toEqual({ lines: [], byRate: [], net: 0, tax: 0, gross: 0 });
  });

  it("priceLine is the single-line case", () => {
    expect(priceLine({ unitPrice: 1999, quantity: 3000, vatRateBp: 1300 }, false)).toEqual({ amount: 5997, vatRateBp: 1300, net: 5997, tax: 780, gross: 6777 });
  });
});

describe("allocate", () => {
  it("splits proportionally with largest remainders, never losing or inventing a fen", () => {
    expect(allocate(100, [1, 1, 1])).toEqual([34, 33, 33]);
    expect(allocate(-100, [1, 1, 1])).toEqual([-34, -33, -33]);
    expect(allocate(1000, [5000, 3000, 2000])).toEqual([500, 300, 200]);
    expect(allocate(10, [3, 3, 4])).toEqual([3, 3, 4]);
    expect(allocate(5, [1, 2])).toEqual([2, 3]); // exact 1.67 and 3.33: floors 1 and 3, the leftover fen goes to the larger remainder
    expect(allocate(1, [1, 1])).toEqual([1, 0]); // a tie goes to the earlier line
    expect(allocate(2, [1, 1, 1])).toEqual([1, 1, 0]);
    expect(allocate(7, [0, 1, 0])).toEqual([0, 7, 0]);
    expect(allocate(0, [3, 4])).toEqual([0, 0]);
    expect(allocate(0, [0, 0])).toEqual([0, 0]);
    expect(allocate(0, [])).toEqual([]);
    expect(allocate(999, [1])).toEqual([999]);
  });

  it("handles large totals and weights exactly", () => {
    const parts = allocate(Number.MAX_SAFE_INTEGER, [Number.MAX_SAFE_INTEGER, 1, 1]);
    expect(sumMoney(parts)).toBe(Number.MAX_SAFE_INTEGER);
    expect(parts[1]).toBeLessThanOrEqual(1);
  });

  it("always sums to the total and every part is within one unit of its exact share", () => {
    const next = rng(13);
    for (let i = 0; i < 1000; i++) {
      const weights: number[] = Array.from({ length: 1 + next(12) }, () => (next(4) === 0 ? 0 : next(1_000_000)));
      if (!weights.some((w) => w > 0)) weights[0] = 1;
      const total = next(2_000_000) - 1_000_000;
      const parts = allocate(total, weights);
      expect(parts.reduce((a, b) => a + b, 0)).toBe(total);
      const sum = weights.reduce((a, b) => a + b, 0);
      parts.forEach((p, k) => {
        expect(Math.abs(p - (total * weights[k]) / sum)).toBeLessThan(1);
        if (weights[k] === 0) expect(p).toBe(0);
      });
    }
  });

  it("rejects weights it cannot use", () => {
    expect(() => allocate(10, [])).toThrow(MoneyError);
    expect(() => allocate(10, [0, 0])).toThrow(MoneyError);
    expect(() => allocate(10, [1, -1])).toThrow(MoneyError);
    expect(() => allocate(10, [0.5, 0.5])).toThrow(TypeError);
    expect(() => allocate(10.5, [1])).toThrow(TypeError);
  });
});

describe("convert", () => {
  it("converts with an exact decimal rate, half-up, and states rate and date", () => {
    expect(convert(10000, "USD", "CNY", { rate: "7.1234", date: "2026-01-15" })).toEqual({
      amount: 71234,
      currency: "CNY",
      from: { amount: 10000, currency: "USD" },
      rate: "7.1234",
      date: "2026-01-15",
    });
    expect(convert(1, "USD", "CNY", { rate: "7.1250", date: "2026-01-15" }).amount).toBe(7); // 7.125 fen → 7
    expect(convert(2, "USD", "CNY", { rate: "7.1250", date: "2026-01-15" }).amount).toBe(14); // 14.25 → 14
    expect(convert(10, "USD", "CNY", { rate: "0.05", date: "2026-01-15" }).amount).toBe(1); // 0.5 → 1
    expect(convert(-10, "USD", "CNY", { rate: "0.05", date: "2026-01-15" }).amount).toBe(-1);
    expect(convert(123456, "CNY", "USD", { rate: "0.140381", date: "2026-01-15" }).amount).toBe(17331); // 17330.87…
  });

  it("accounts for different minor-unit digits", () => {
    // 1 000 yen at 0.0472 CNY per yen = 47.20 CNY
    expect(convert(1000, "JPY", "CNY", { rate: "0.0472", date: "2026-01-15" }).amount).toBe(4720);
    // 47.20 CNY at 21.19 yen per yuan = 1000.168 yen → 1000
    expect(convert(4720, "CNY", "JPY", { rate: "21.19", date: "2026-01-15" }).amount).toBe(1000);
    // 1.000 KWD at 23.5 CNY = 23.50 CNY
    expect(convert(1000, "KWD", "CNY", { rate: "23.5", date: "2026-01-15" }).amount).toBe(2350);
  });

  it("normalises the stated rate and keeps up to 12 decimals", () => {
    expect(convert(100, "EUR", "CNY", { rate: "7.800000", date: "2026-02-28" }).rate).toBe("7.8");
    expect(convert(100, "EUR", "CNY", { rate: "0007.8", date: "2026-02-28" }).rate).toBe("7.8");
    expect(convert(100, "EUR", "CNY", { rate: "10", date: "2026-02-28" }).rate).toBe("10");
    expect(convert(100, "EUR", "CNY", { rate: "0.000000000001", date: "2026-02-28" }).amount).toBe(0);
    expect(() => convert(100, "EUR", "CNY", { rate: "0.0000000000001", date: "2026-02-28" })).toThrow(MoneyError);
  });

  it("same currency needs rate 1", () => {
    expect(convert(12345, "CNY", "CNY", { rate: "1", date: "2026-01-01" }).amount).toBe(12345);
    expect(() => convert(12345, "CNY", "CNY", { rate: "1.1", date: "2026-01-01" })).toThrow(MoneyError);
  });

  it("rejects bad rates, dates and currencies", () => {
    for (const rate of ["0", "-7.1", "", "abc", "7,1", "1e2", "1,000"]) {
      expect(() => convert(100, "USD", "CNY", { rate, date: "2026-01-15" }), rate).toThrow(expect.objectContaining({ reason: "rate" }));
    }
    for (const date of ["2026-02-30", "2026-13-01", "26-01-15", "2026-1-5", "", "2026-01-15T00:00:00Z"]) {
      expect(() => convert(100, "USD", "CNY", { rate: "7", date }), date).toThrow(expect.objectContaining({ reason: "date" }));
    }
    expect(() => convert(100, "USD", "XXXX", { rate: "7", date: "2026-01-15" })).toThrow(MoneyError);
    expect(() => convert(1.5, "USD", "CNY", { rate: "7", date: "2026-01-15" })).toThrow(TypeError);
    expect(() => convert(Number.MAX_SAFE_INTEGER, "USD", "CNY", { rate: "7", date: "2026-01-15" })).toThrow(RangeError);
  });
});
