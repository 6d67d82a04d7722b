import { describe, expect, it } from "vitest";
import { documentPdfPath } from "./document-paths";

describe("documentPdfPath", () => {
  it("points at each document's PDF route", () => {
    expect(documentPdfPath({ type: "quote", id: "q1" })).toBe("/app/sales/quotes/q1/pdf");
    expect(documentPdfPath({ type: "quote", id: "q1", revision: 2 }, { lang: "en" })).toBe("/app/sales/quotes/q1/pdf?revision=2&lang=en");
    expect(documentPdfPath({ type: "order", id: "o1" })).toBe("/app/sales/orders/o1/pdf");
    expect(documentPdfPath({ type: "delivery", id: "d1" })).toBe("/app/sales/deliveries/d1/pdf");
    expect(documentPdfPath({ type: "invoice", id: "i1" })).toBe("/app/billing/invoices/i1/pdf");
    expect(documentPdfPath({ type: "statement", accountId: "a1", from: "2026-01-01", to: "2026-11-30" })).toBe("/app/billing/receivables/a1/statement/pdf?from=2026-01-01&to=2026-11-30");
  });
});
