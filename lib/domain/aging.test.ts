import { describe, expect, it } from "vitest";
import { addAging, ageItems, agingBucket, daysPastDue, emptyAging } from "./aging";

describe("aging buckets", () => {
  it("counts whole days past due, across month and year ends", () => {
    expect(daysPastDue("2026-01-31", "2026-03-01")).toBe(29);
    expect(daysPastDue("2025-12-31", "2026-01-01")).toBe(1);
    expect(daysPastDue("2026-05-10", "2026-05-01")).toBe(-9);
  });

  it("puts each boundary in the right bucket", () => {
    const asOf = "2026-06-30";
    const due = (days: number) => new Date(Date.UTC(2026, 5, 30) - days * 86_400_000).toISOString().slice(0, 10);
    expect(agingBucket(due(-5), asOf)).toBe("current");
    expect(agingBucket(due(0), asOf)).toBe("current");
    expect(agingBucket(due(1), asOf)).toBe("d1to30");
    expect(agingBucket(due(30), asOf)).toBe("d1to30");
    expect(agingBucket(due(31), asOf)).toBe("d31to60");
    expect(agingBucket(due(60), asOf)).toBe("d31to60");
    expect(agingBucket(due(61), asOf)).toBe("d61to90");
    expect(agingBucket(due(90), asOf)).toBe("d61to90");
    expect(agingBucket(due(91), asOf)).toBe("over90");
  });

  it("sums items so the total equals the balance, credits counted as current", () => {
    const aging = ageItems(
      [
        { dueDate: "2026-06-30", amount: 1000 },
        { dueDate: "2026-06-01", amount: 2000 },
        { dueDate: "2026-01-01", amount: 3000 },
        { dueDate: "", amount: -500 },
      ],
      "2026-06-30",
    );
    expect(aging).toEqual({ current: 500, d1to30: 2000, d31to60: 0, d61to90: 0, over90: 3000, total: 5500 });
    expect(addAging(emptyAging(), aging)).toEqual(aging);
    expect(() => ageItems([{ dueDate: "June", amount: 1 }], "2026-06-30")).toThrow(RangeError);
  });
});
