import { describe, expect, it } from "vitest";
import { creditExposure, lineValue, orderExposure, type ExposureLine } from "./credit-exposure";

const line = (q: Partial<ExposureLine> = {}): ExposureLine => ({
  quantity: 3000, deliveredQty: 0, returnedQty: 0, invoicedQty: 0, creditedQty: 0, cancelledQty: 0, stockTracked: true, gross: 10_000, ...q,
});
const order = (lines: ExposureLine[], currencyCode = "CNY", exchangeRate = "1") => ({ currencyCode, exchangeRate, orderDate: "2026-11-30", lines });

describe("line value", () => {
  it("is pro rata to the rounded gross, half-up once", () => {
    // 100.00 over 3 units: one unit 33.33, two 66.67, all three exactly 100.00.
    expect(lineValue({ gross: 10_000, quantity: 3000 }, 1000)).toBe(3333);
    expect(lineValue({ gross: 10_000, quantity: 3000 }, 2000)).toBe(6667);
    expect(lineValue({ gross: 10_000, quantity: 3000 }, 3000)).toBe(10_000);
    expect(lineValue({ gross: 10_000, quantity: 3000 }, 0)).toBe(0);
  });
});

describe("order exposure", () => {
  it("splits the uninvoiced value into not-delivered and delivered", () => {
    expect(orderExposure(order([line({ deliveredQty: 1000 })]), "CNY")).toEqual({ confirmed: 6667, delivered: 3333 });
    expect(orderExposure(order([line({ deliveredQty: 2000, invoicedQty: 2000 })]), "CNY")).toEqual({ confirmed: 3333, delivered: 0 });
    expect(orderExposure(order([line({ cancelledQty: 3000 })]), "CNY")).toEqual({ confirmed: 0, delivered: 0 });
  });

  it("converts a foreign-currency order at its own rate", () => {
    // 100.00 USD at 7.1 = 710.00 CNY.
    expect(orderExposure(order([line()], "USD", "7.1"), "CNY")).toEqual({ confirmed: 71_000, delivered: 0 });
  });
});

describe("credit exposure", () => {
  it("= ledger balance + confirmed-not-invoiced + delivered-not-invoiced; unapplied credits show as a part", () => {
    const parts = creditExposure({
      ledgerBalance: 40_000, // 500.00 of open invoices less 100.00 paid in advance
      openInvoices: 50_000,
      baseCurrency: "CNY",
      orders: [order([line({ deliveredQty: 1000 })]), order([line({ gross: 20_000, quantity: 1000 })])],
    });
    expect(parts).toEqual({ openInvoices: 50_000, unappliedCredits: 10_000, confirmedNotInvoiced: 26_667, deliveredNotInvoiced: 3333, total: 70_000 });
  });

  it("counts only the orders it is given: held orders are left out by the caller", () => {
    expect(creditExposure({ ledgerBalance: 0, openInvoices: 0, baseCurrency: "CNY", orders: [] }).total).toBe(0);
  });
});
