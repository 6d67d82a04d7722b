import { describe, expect, it } from "vitest";
import { isListValidOn, pickBreak, resolvePrice, type PricingList, type ResolvePriceInput } from "./pricing";

const product = { listPrice: 10000, vatRateBp: 1300 }; // 100.00 CNY net

function list(overrides: Partial<PricingList> = {}): PricingList {
  return { id: "L", currency: "CNY", taxInclusive: false, active: true, validFrom: null, validTo: null, items: [], ...overrides };
}

function input(overrides: Partial<ResolvePriceInput> = {}): ResolvePriceInput {
  return { product, qty: 1000, date: "2026-03-15", baseCurrency: "CNY", ...overrides };
}

describe("resolvePrice: precedence", () => {
  it("falls back to the product's list price, tax-exclusive in the base currency, without any list", () => {
    expect(resolvePrice(input())).toEqual({
      unitPrice: 10000,
      currency: "CNY",
      taxInclusive: false,
      source: "listPrice",
      priceListId: null,
      minQty: 0,
      vatRateBp: 1300,
      netUnitPrice: 10000,
      grossUnitPrice: 11300,
    });
  });

  it("uses the default list when it has an item for the product", () => {
    const defaultList = list({ id: "D", items: [{ minQty: 0, unitPrice: 9500 }] });
    expect(resolvePrice(input({ defaultList }))).toMatchObject({ unitPrice: 9500, source: "default", priceListId: "D", minQty: 0 });
  });

  it("prefers the customer's list over the default list", () => {
    const defaultList = list({ id: "D", items: [{ minQty: 0, unitPrice: 9500 }] });
    const customerList = list({ id: "C", items: [{ minQty: 0, unitPrice: 8800 }] });
    expect(resolvePrice(input({ defaultList, customerList }))).toMatchObject({ unitPrice: 8800, source: "customer", priceListId: "C" });
  });

  it("falls through a customer list without an item for the product to the default list", () => {
    const defaultList = list({ id: "D", items: [{ minQty: 0, unitPrice: 9500 }] });
    const customerList = list({ id: "C", items: [] });
    expect(resolvePrice(input({ defaultList, customerList }))).toMatchObject({ unitPrice: 9500, source: "default" });
  });

  it("falls through to the list price when neither list prices the product", () => {
    expect(resolvePrice(input({ defaultList: list({ id: "D" }), customerList: list({ id: "C" }) }))).toMatchObject({ unitPrice: 10000, source: "listPrice", priceListId: null });
  });

  it("calls the account's list a default price when it IS the default list", () => {
    const shared = list({ id: "D", items: [{ minQty: 0, unitPrice: 9500 }] });
    expect(resolvePrice(input({ defaultList: shared, customerList: shared }))).toMatchObject({ source: "default", priceListId: "D" });
  });

  it("uses a customer list even when there is no default list", () => {
    expect(resolvePrice(input({ defaultList: null, customerList: list({ id: "C", items: [{ minQty: 0, unitPrice: 7000 }] }) }))).toMatchObject({ unitPrice: 7000, source: "customer" });
  });
});

describe("resolvePrice: quantity breaks", () => {
  const breaks = list({
    id: "D",
    // Deliberately unordered: the function must not rely on the query's order.
    items: [
      { minQty: 100_000, unitPrice: 8000 },
      { minQty: 0, unitPrice: 10000 },
      { minQty: 10_000, unitPrice: 9000 },
    ],
  });

  it.each([
    [1, 10000, 0],
    [1000, 10000, 0],
    [9_999, 10000, 0],
    [10_000, 9000, 10_000], // exactly at the break
    [10_001, 9000, 10_000],
    [99_999, 9000, 10_000],
    [100_000, 8000, 100_000],
    [5_000_000, 8000, 100_000],
  ])("qty %i (thousandths) → %i at break %i", (qty, unitPrice, minQty) => {
    expect(resolvePrice(input({ defaultList: breaks, qty }))).toMatchObject({ unitPrice, minQty, source: "default" });
  });

  it("a list whose smallest break is above the quantity does not apply; the next candidate does", () => {
    const customerList = list({ id: "C", items: [{ minQty: 100_000, unitPrice: 7000 }] });
    const defaultList = list({ id: "D", items: [{ minQty: 0, unitPrice: 9500 }] });
    expect(resolvePrice(input({ customerList, defaultList, qty: 10_000 }))).toMatchObject({ unitPrice: 9500, source: "default" });
    expect(resolvePrice(input({ customerList, defaultList, qty: 100_000 }))).toMatchObject({ unitPrice: 7000, source: "customer", minQty: 100_000 });
  });

  it("quantity zero takes the minQty-0 price (a line being typed)", () => {
    expect(resolvePrice(input({ defaultList: breaks, qty: 0 }))).toMatchObject({ unitPrice: 10000, minQty: 0 });
  });

  it("pickBreak returns null for no items and picks the highest break at or below qty", () => {
    expect(pickBreak([], 1000)).toBeNull();
    expect(pickBreak([{ minQty: 2000, unitPrice: 1 }], 1000)).toBeNull();
    expect(pickBreak(breaks.items, 50_000)).toEqual({ minQty: 10_000, unitPrice: 9000 });
  });

  it("decimal quantities work in thousandths (1.5 kg reaches a 1.5 kg break)", () => {
    const kilos = list({ items: [{ minQty: 0, unitPrice: 2000 }, { minQty: 1500, unitPrice: 1800 }] });
    expect(resolvePrice(input({ defaultList: kilos, qty: 1499 }))).toMatchObject({ unitPrice: 2000 });
    expect(resolvePrice(input({ defaultList: kilos, qty: 1500 }))).toMatchObject({ unitPrice: 1800 });
  });
});

describe("resolvePrice: validity and active", () => {
  const march = list({ id: "C", validFrom: "2026-03-01", validTo: "2026-03-31", items: [{ minQty: 0, unitPrice: 8000 }] });
  const defaultList = list({ id: "D", items: [{ minQty: 0, unitPrice: 9500 }] });

  it.each([
    ["2026-02-28", "default"],
    ["2026-03-01", "customer"], // first day included
    ["2026-03-15", "customer"],
    ["2026-03-31", "customer"], // last day included
    ["2026-04-01", "default"],
  ])("on %s the price comes from the %s list", (date, source) => {
    expect(resolvePrice(input({ customerList: march, defaultList, date })).source).toBe(source);
  });

  it("open-ended validity on either side", () => {
    expect(isListValidOn({ active: true, validFrom: null, validTo: "2026-03-31" }, "1999-01-01")).toBe(true);
    expect(isListValidOn({ active: true, validFrom: null, validTo: "2026-03-31" }, "2026-04-01")).toBe(false);
    expect(isListValidOn({ active: true, validFrom: "2026-03-01", validTo: null }, "2099-12-31")).toBe(true);
    expect(isListValidOn({ active: true, validFrom: "2026-03-01", validTo: null }, "2026-02-28")).toBe(false);
    expect(isListValidOn({ active: true, validFrom: "2026-03-01", validTo: "2026-03-01" }, "2026-03-01")).toBe(true);
  });

  it("an inactive list never applies, even when valid", () => {
    const inactive = list({ id: "C", active: false, items: [{ minQty: 0, unitPrice: 1 }] });
    expect(resolvePrice(input({ customerList: inactive, defaultList })).source).toBe("default");
    expect(resolvePrice(input({ defaultList: { ...defaultList, active: false } })).source).toBe("listPrice");
  });

  it("an expired default list falls back to the list price", () => {
    expect(resolvePrice(input({ defaultList: { ...defaultList, validTo: "2026-01-31" } })).source).toBe("listPrice");
  });

  it("rejects dates that are not calendar days", () => {
    expect(() => resolvePrice(input({ date: "2026-02-30" }))).toThrow(RangeError);
    expect(() => resolvePrice(input({ date: "15/03/2026" }))).toThrow(RangeError);
    expect(() => isListValidOn({ active: true, validFrom: "2026-13-01", validTo: null }, "2026-03-01")).toThrow(RangeError);
  });
});

describe("resolvePrice: currency and tax", () => {
  it("states the list's currency and convention; net and gross from the money module", () => {
    const usdGross = list({ id: "U", currency: "USD", taxInclusive: true, items: [{ minQty: 0, unitPrice: 11300 }] });
    expect(resolvePrice(input({ customerList: usdGross }))).toMatchObject({
      unitPrice: 11300,
      currency: "USD",
      taxInclusive: true,
      netUnitPrice: 10000,
      grossUnitPrice: 11300,
    });
  });

  it("tax-inclusive: net is rounded half-up from gross and net + tax = gross", () => {
    // 9.99 gross at 13 %: 999 / 1.13 = 884.07… → 884; tax 115.
    const gross = list({ taxInclusive: true, items: [{ minQty: 0, unitPrice: 999 }] });
    const price = resolvePrice(input({ defaultList: gross }));
    expect(price).toMatchObject({ unitPrice: 999, netUnitPrice: 884, grossUnitPrice: 999 });
  });

  it("tax-exclusive: gross = net + round(net × rate)", () => {
    // 8.85 net at 13 %: tax 1.1505 → 1.15; gross 10.00.
    const net = list({ items: [{ minQty: 0, unitPrice: 885 }] });
    expect(resolvePrice(input({ defaultList: net }))).toMatchObject({ netUnitPrice: 885, grossUnitPrice: 1000 });
  });

  it("zero-rated and exempt products: net = gross", () => {
    const gross = list({ taxInclusive: true, items: [{ minQty: 0, unitPrice: 5000 }] });
    expect(resolvePrice(input({ defaultList: gross, product: { listPrice: 1, vatRateBp: 0 } }))).toMatchObject({ netUnitPrice: 5000, grossUnitPrice: 5000, vatRateBp: 0 });
  });

  it("the list price is in the base currency, whatever it is", () => {
    expect(resolvePrice(input({ baseCurrency: "JPY", product: { listPrice: 1200, vatRateBp: 1000 } }))).toMatchObject({ currency: "JPY", netUnitPrice: 1200, grossUnitPrice: 1320 });
  });

  it("uses each list's own convention: a tax-inclusive customer list beside a tax-exclusive default", () => {
    const customerList = list({ id: "C", taxInclusive: true, items: [{ minQty: 0, unitPrice: 11300 }] });
    const defaultList = list({ id: "D", taxInclusive: false, items: [{ minQty: 0, unitPrice: 10000 }] });
    const a = resolvePrice(input({ customerList, defaultList }));
    const b = resolvePrice(input({ defaultList }));
    expect([a.taxInclusive, a.netUnitPrice, a.grossUnitPrice]).toEqual([true, 10000, 11300]);
    expect([b.taxInclusive, b.netUnitPrice, b.grossUnitPrice]).toEqual([false, 10000, 11300]);
  });
});

describe("resolvePrice: bad input", () => {
  it("refuses fractional or negative quantities and float prices", () => {
    expect(() => resolvePrice(input({ qty: 1.5 }))).toThrow(TypeError);
    expect(() => resolvePrice(input({ qty: -1000 }))).toThrow(RangeError);
    expect(() => resolvePrice(input({ product: { listPrice: 99.5, vatRateBp: 1300 } }))).toThrow(TypeError);
    expect(() => resolvePrice(input({ defaultList: list({ items: [{ minQty: 0, unitPrice: 1.25 }] }) }))).toThrow(TypeError);
  });

  it("refuses unknown currencies", () => {
    expect(() => resolvePrice(input({ baseCurrency: "XXQ" }))).toThrow(RangeError);
    expect(() => resolvePrice(input({ defaultList: list({ currency: "ZZZ", items: [{ minQty: 0, unitPrice: 1 }] }) }))).toThrow(RangeError);
  });
});
