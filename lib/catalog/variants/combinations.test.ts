import { describe, expect, it } from "vitest";
import { allCombinations, combinationKey, defaultVariantSku, isCompleteCombination, missingCombinations, valueCode, type AttributeAxis } from "./combinations";

const colour: AttributeAxis = { id: "c", values: [{ id: "red", valueZh: "红", valueEn: "Red" }, { id: "blue", valueZh: "蓝", valueEn: "Light Blue" }] };
const size: AttributeAxis = { id: "s", values: ["S", "M", "L"].map((v) => ({ id: v, valueZh: v, valueEn: v })) };

describe("variant combinations", () => {
  it("lists the cartesian product in attribute and value order", () => {
    const all = allCombinations([colour, size]);
    expect(all).toHaveLength(6);
    expect(all.map((c) => combinationKey([colour, size], c))).toEqual(["red.S", "red.M", "red.L", "blue.S", "blue.M", "blue.L"]);
    expect(allCombinations([])).toEqual([]);
    expect(allCombinations([colour, { id: "x", values: [] }])).toEqual([]);
  });

  it("leaves out combinations that exist, whatever the key order of the stored rows", () => {
    const missing = missingCombinations([colour, size], [{ s: "M", c: "red" }, { c: "blue", s: "L" }]);
    expect(missing.map((c) => combinationKey([colour, size], c))).toEqual(["red.S", "red.L", "blue.S", "blue.M"]);
    expect(missingCombinations([colour, size], allCombinations([colour, size]))).toEqual([]);
  });

  it("accepts only one known value for every attribute", () => {
    expect(isCompleteCombination([colour, size], { c: "red", s: "M" })).toBe(true);
    expect(isCompleteCombination([colour, size], { c: "red" })).toBe(false);
    expect(isCompleteCombination([colour, size], { c: "red", s: "XL" })).toBe(false);
    expect(isCompleteCombination([colour, size], { c: "M", s: "red" })).toBe(false);
    expect(isCompleteCombination([colour, size], { c: "red", s: "M", x: "y" })).toBe(false);
  });

  it("makes SKUs from the group SKU and value codes", () => {
    expect(defaultVariantSku("TS-100", [colour, size], { c: "blue", s: "M" })).toBe("TS-100-LIGHTBLUE-M");
    expect(valueCode({ valueEn: "红" }, 2)).toBe("V3");
    expect(valueCode({ valueEn: "10 mm" }, 0)).toBe("10MM");
  });
});
