import { describe, expect, it } from "vitest";
import { planCredit, splitReturn } from "./return-credit";

describe("splitReturn", () => {
  it("takes a return from the uninvoiced part first", () => {
    // 10 delivered, 6 invoiced: returning 5 → 4 never billed, 1 to credit.
    expect(splitReturn({ quantity: 10_000, returnedBefore: 0, invoicedQty: 6000, creditedQty: 0 }, 5000)).toEqual({ fromUninvoiced: 4000, toCredit: 1000 });
    // Nothing invoiced: nothing to credit.
    expect(splitReturn({ quantity: 10_000, returnedBefore: 0, invoicedQty: 0, creditedQty: 0 }, 3000)).toEqual({ fromUninvoiced: 3000, toCredit: 0 });
    // All invoiced: everything credited.
    expect(splitReturn({ quantity: 10_000, returnedBefore: 2000, invoicedQty: 10_000, creditedQty: 2000 }, 3000)).toEqual({ fromUninvoiced: 0, toCredit: 3000 });
    // An earlier return used up the uninvoiced part.
    expect(splitReturn({ quantity: 10_000, returnedBefore: 4000, invoicedQty: 6000, creditedQty: 0 }, 2000)).toEqual({ fromUninvoiced: 0, toCredit: 2000 });
  });
});

describe("planCredit", () => {
  it("fills the oldest invoice line first and groups by invoice", () => {
    const plan = planCredit([
      { key: "a", quantity: 5000, sources: [{ invoiceId: "i1", invoiceLineId: "l1", open: 3000 }, { invoiceId: "i2", invoiceLineId: "l2", open: 4000 }] },
      { key: "b", quantity: 1000, sources: [{ invoiceId: "i1", invoiceLineId: "l3", open: 1000 }] },
    ]);
    expect(plan).toEqual([
      { invoiceId: "i1", lines: [{ originalLineId: "l1", quantity: 3000 }, { originalLineId: "l3", quantity: 1000 }] },
      { invoiceId: "i2", lines: [{ originalLineId: "l2", quantity: 2000 }] },
    ]);
  });

  it("skips used-up lines and refuses a quantity no invoice covers", () => {
    expect(planCredit([{ key: "a", quantity: 1000, sources: [{ invoiceId: "i1", invoiceLineId: "l1", open: 0 }, { invoiceId: "i2", invoiceLineId: "l2", open: 1000 }] }])).toEqual([
      { invoiceId: "i2", lines: [{ originalLineId: "l2", quantity: 1000 }] },
    ]);
    expect(() => planCredit([{ key: "a", quantity: 2000, sources: [{ invoiceId: "i1", invoiceLineId: "l1", open: 1000 }] }])).toThrow();
    expect(planCredit([])).toEqual([]);
  });
});
