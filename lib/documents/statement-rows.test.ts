import { describe, expect, it } from "vitest";
import { statementAging, statementRows } from "./statement-rows";

describe("statementRows", () => {
  it("runs the balance from the opening balance, debits and credits apart", () => {
    const { rows, closing } = statementRows(10_000, [
      { entryDate: "2026-03-01", kind: "INVOICE", number: "INV-1", dueDate: "2026-03-31", amount: 50_000 },
      { entryDate: "2026-03-05", kind: "PAYMENT", number: "PAY-1", dueDate: "", amount: -30_000 },
      { entryDate: "2026-03-09", kind: "CREDIT_NOTE", number: "CN-1", dueDate: "", amount: -5_000 },
    ]);
    expect(rows.map((r) => [r.debit, r.credit, r.balance])).toEqual([
      [50_000, 0, 60_000],
      [0, 30_000, 30_000],
      [0, 5_000, 25_000],
    ]);
    expect(closing).toBe(25_000);
    expect(statementRows(-700, []).closing).toBe(-700);
  });
});

describe("statementAging", () => {
  it("buckets open invoices by days past due and keeps unapplied credits as current, adding up to the balance", () => {
    const aging = statementAging(
      100_000,
      [
        { dueDate: "2026-06-30", open: 40_000 },
        { dueDate: "2026-05-31", open: 30_000 },
        { dueDate: "2026-02-01", open: 50_000 },
        { dueDate: "2026-01-01", open: 0 },
      ],
      "2026-06-30",
    );
    expect(aging).toEqual({ current: 40_000 - 20_000, d1to30: 30_000, d31to60: 0, d61to90: 0, over90: 50_000, total: 100_000 });
  });
});
