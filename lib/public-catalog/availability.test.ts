import { describe, expect, it } from "vitest";
import { availabilityLevel, bestAvailability } from "./availability";

const facts = { stockTracked: true, allowBackorder: false, reorderPoint: null as number | null, available: 0 };

describe("availabilityLevel", () => {
  it("untracked products are always in stock", () => {
    expect(availabilityLevel({ ...facts, stockTracked: false, available: -5000 })).toBe("in_stock");
  });
  it("low at or below the reorder point, in stock above it", () => {
    expect(availabilityLevel({ ...facts, reorderPoint: 3000, available: 3000 })).toBe("low");
    expect(availabilityLevel({ ...facts, reorderPoint: 3000, available: 3001 })).toBe("in_stock");
    expect(availabilityLevel({ ...facts, reorderPoint: null, available: 1 })).toBe("in_stock");
  });
  it("nothing available: out, or backorder when allowed", () => {
    expect(availabilityLevel({ ...facts, available: 0 })).toBe("out");
    expect(availabilityLevel({ ...facts, available: -1000, reorderPoint: 5000 })).toBe("out");
    expect(availabilityLevel({ ...facts, available: 0, allowBackorder: true })).toBe("backorder");
  });
});

describe("bestAvailability", () => {
  it("the best variant decides; no variants is out", () => {
    expect(bestAvailability(["out", "low", "backorder"])).toBe("low");
    expect(bestAvailability(["out", "backorder"])).toBe("backorder");
    expect(bestAvailability(["low", "in_stock"])).toBe("in_stock");
    expect(bestAvailability([])).toBe("out");
  });
});
