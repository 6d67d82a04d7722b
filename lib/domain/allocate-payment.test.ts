import { describe, expect, it } from "vitest";
import { allocateOldestFirst, checkAllocation, oldestFirst } from "./allocate-payment";

const inv = (id: string, dueDate: string, open: number, issueDate = "2026-01-01") => ({ id, dueDate, issueDate, number: id, open });

describe("allocateOldestFirst", () => {
  it("pays the oldest due invoice first and leaves the rest unapplied", () => {
    const invoices = [inv("b", "2026-03-01", 5000), inv("a", "2026-02-01", 3000), inv("c", "2026-04-01", 1000)];
    expect(allocateOldestFirst(6000, invoices)).toEqual({ lines: [{ invoiceId: "a", amount: 3000 }, { invoiceId: "b", amount: 3000 }], unapplied: 0 });
    expect(allocateOldestFirst(10_000, invoices)).toEqual({
      lines: [{ invoiceId: "a", amount: 3000 }, { invoiceId: "b", amount: 5000 }, { invoiceId: "c", amount: 1000 }],
      unapplied: 1000,
    });
  });

  it("skips fully paid invoices and handles nothing to pay", () => {
    expect(allocateOldestFirst(500, [inv("a", "2026-01-01", 0), inv("b", "2026-02-01", 200)])).toEqual({ lines: [{ invoiceId: "b", amount: 200 }], unapplied: 300 });
    expect(allocateOldestFirst(0, [inv("a", "2026-01-01", 100)])).toEqual({ lines: [], unapplied: 0 });
    expect(allocateOldestFirst(700, [])).toEqual({ lines: [], unapplied: 700 });
  });

  it("breaks due-date ties by issue date then number", () => {
    const sorted = oldestFirst([inv("z", "2026-01-10", 1, "2026-01-02"), inv("y", "2026-01-10", 1, "2026-01-01"), inv("x", "2026-01-10", 1, "2026-01-01")]);
    expect(sorted.map((i) => i.id)).toEqual(["x", "y", "z"]);
  });

  it("refuses fractional or negative amounts", () => {
    expect(() => allocateOldestFirst(1.5, [])).toThrow(RangeError);
    expect(() => allocateOldestFirst(-1, [])).toThrow(RangeError);
  });
});

describe("checkAllocation", () => {
  const open = [inv("a", "2026-01-01", 3000), inv("b", "2026-02-01", 2000)];
  it("accepts an edited allocation within the open amounts and the money available", () => {
    expect(checkAllocation(5000, [{ invoiceId: "b", amount: 2000 }, { invoiceId: "a", amount: 1000 }], open)).toBeNull();
  });
  it("names the first problem", () => {
    expect(checkAllocation(5000, [{ invoiceId: "a", amount: 3001 }], open)).toEqual({ kind: "exceedsOpen", invoiceId: "a", open: 3000, amount: 3001 });
    expect(checkAllocation(4000, [{ invoiceId: "a", amount: 3000 }, { invoiceId: "b", amount: 2000 }], open)).toEqual({ kind: "exceedsAmount", total: 5000, amount: 4000 });
    expect(checkAllocation(5000, [{ invoiceId: "q", amount: 1 }], open)).toEqual({ kind: "unknownInvoice", invoiceId: "q" });
    expect(checkAllocation(5000, [{ invoiceId: "a", amount: 0 }], open)).toEqual({ kind: "notPositive", invoiceId: "a" });
    expect(checkAllocation(5000, [{ invoiceId: "a", amount: 1 }, { invoiceId: "a", amount: 1 }], open)).toEqual({ kind: "duplicate", invoiceId: "a" });
  });
});
