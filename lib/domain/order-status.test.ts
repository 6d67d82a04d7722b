import { describe, expect, it } from "vitest";
import { deliveredNotInvoiced, deliveryStatus, invoiceStatus, openToDeliver, openToInvoice, orderPhase, type LineQuantities } from "./order-status";

const line = (q: Partial<LineQuantities> = {}): LineQuantities => ({
  quantity: 10_000, deliveredQty: 0, returnedQty: 0, invoicedQty: 0, creditedQty: 0, cancelledQty: 0, stockTracked: true, ...q,
});
const confirmed = { status: "confirmed", creditHold: false };

describe("open quantities", () => {
  it("delivers what is ordered less cancelled and delivered; a return does not reopen it", () => {
    expect(openToDeliver(line({ deliveredQty: 4000, cancelledQty: 1000 }))).toBe(5000);
    expect(openToDeliver(line({ deliveredQty: 4000, returnedQty: 4000 }))).toBe(6000);
    expect(openToDeliver(line({ stockTracked: false }))).toBe(0);
  });

  it("invoices what the customer keeps, net of credit notes", () => {
    expect(openToInvoice(line({ invoicedQty: 6000, creditedQty: 2000 }))).toBe(6000);
    expect(openToInvoice(line({ returnedQty: 3000, cancelledQty: 2000, invoicedQty: 5000 }))).toBe(0);
    expect(openToInvoice(line({ invoicedQty: 12_000 }))).toBe(0);
  });

  it("delivered-not-invoiced counts returns and credits", () => {
    expect(deliveredNotInvoiced(line({ deliveredQty: 8000, returnedQty: 1000, invoicedQty: 5000, creditedQty: 1000 }))).toBe(3000);
    expect(deliveredNotInvoiced(line({ deliveredQty: 2000, invoicedQty: 5000 }))).toBe(0);
  });
});

describe("derived statuses", () => {
  it("delivery: none → partial → delivered; cancelled rest and services count as done", () => {
    expect(deliveryStatus([line()])).toBe("none");
    expect(deliveryStatus([line({ deliveredQty: 1000 }), line()])).toBe("partial");
    expect(deliveryStatus([line({ deliveredQty: 4000, cancelledQty: 6000 })])).toBe("delivered");
    expect(deliveryStatus([line({ stockTracked: false })])).toBe("delivered");
  });

  it("invoice: none → partial → invoiced; fully returned and credited is invoiced", () => {
    expect(invoiceStatus([line()])).toBe("none");
    expect(invoiceStatus([line({ invoicedQty: 5000 })])).toBe("partial");
    expect(invoiceStatus([line({ invoicedQty: 10_000 })])).toBe("invoiced");
    expect(invoiceStatus([line({ deliveredQty: 10_000, returnedQty: 10_000, invoicedQty: 10_000, creditedQty: 10_000 })])).toBe("invoiced");
    expect(invoiceStatus([line({ invoicedQty: 10_000, creditedQty: 10_000 })])).toBe("none");
  });

  it("phase: the lifecycle first, then the hold, then the ledger", () => {
    expect(orderPhase({ status: "draft", creditHold: false }, [line()])).toBe("draft");
    expect(orderPhase({ status: "cancelled", creditHold: true }, [line()])).toBe("cancelled");
    expect(orderPhase({ status: "confirmed", creditHold: true }, [line({ deliveredQty: 10_000 })])).toBe("on_hold");
    expect(orderPhase(confirmed, [line()])).toBe("confirmed");
    expect(orderPhase(confirmed, [line({ deliveredQty: 3000 })])).toBe("partially_delivered");
    expect(orderPhase(confirmed, [line({ deliveredQty: 10_000 })])).toBe("delivered");
    expect(orderPhase(confirmed, [line({ deliveredQty: 10_000, invoicedQty: 4000 })])).toBe("partially_invoiced");
    expect(orderPhase(confirmed, [line({ invoicedQty: 10_000 })])).toBe("invoiced");
    expect(orderPhase(confirmed, [line({ deliveredQty: 10_000, invoicedQty: 10_000 })])).toBe("closed");
  });
});
