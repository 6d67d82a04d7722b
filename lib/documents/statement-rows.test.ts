import { describe, expect, it } from "vitest";
import { statementRows } from "./statement-rows";

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
