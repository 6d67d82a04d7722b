import { describe, expect, it } from "vitest";
import { applyMapping, autoMap, unescapeFormula, missingRequired, normalizeHeader, restoreMapping, sanitizeMapping, toSavedMapping, type ImportField } from "./mapping";

const FIELDS: ImportField[] = [
  { key: "sku", required: true, aliases: ["编码", "货号", "item code"] },
  { key: "name_zh", aliases: ["中文名称", "名称"] },
  { key: "name_en", aliases: ["英文名称", "name"] },
  { key: "list_price", aliases: ["price", "价格"] },
];

describe("normalizeHeader", () => {
  it("ignores case, spaces, separators, full-width forms and a BOM", () => {
    expect(normalizeHeader("\uFEFFName_ZH")).toBe("namezh");
    expect(normalizeHeader("  List-Price ")).toBe("listprice");
    expect(normalizeHeader("ＳＫＵ")).toBe("sku");
    expect(normalizeHeader("名称（中文）")).toBe("名称中文");
    expect(normalizeHeader("weight (g)")).toBe("weightg");
  });
});

describe("autoMap", () => {
  it("maps canonical headers", () => {
    expect(autoMap(["sku", "name_zh", "name_en", "list_price"], FIELDS)).toEqual({ sku: 0, name_zh: 1, name_en: 2, list_price: 3 });
  });
  it("maps Chinese and English aliases in any order", () => {
    expect(autoMap(["价格", "货号", "名称", "Name"], FIELDS)).toEqual({ sku: 1, name_zh: 2, name_en: 3, list_price: 0 });
  });
  it("never maps one column twice and leaves unknown fields out", () => {
    const mapping = autoMap(["SKU", "Item Code"], FIELDS);
    expect(mapping).toEqual({ sku: 0 });
  });
  it("prefers the exact key over an alias", () => {
    expect(autoMap(["name", "name_en"], FIELDS).name_en).toBe(1);
  });
});

describe("remembered mappings", () => {
  it("restores by header text and auto-maps the rest", () => {
    const headers = ["Code", "Chinese", "price"];
    const saved = { sku: "Code", name_zh: "Chinese" };
    expect(restoreMapping(headers, FIELDS, saved)).toEqual({ sku: 0, name_zh: 1, list_price: 2 });
  });
  it("ignores remembered headers the new file lacks", () => {
    expect(restoreMapping(["sku", "名称"], FIELDS, { name_zh: "Gone" })).toEqual({ sku: 0, name_zh: 1 });
  });
  it("round-trips through toSavedMapping", () => {
    const headers = ["a", "b", "c"];
    expect(toSavedMapping(headers, { sku: 2, name_en: 0 })).toEqual({ sku: "c", name_en: "a" });
  });
});

describe("server-side checks", () => {
  it("lists required fields that are unmapped", () => {
    expect(missingRequired(FIELDS, {})).toEqual(["sku"]);
    expect(missingRequired(FIELDS, { sku: 0 })).toEqual([]);
  });
  it("drops unknown fields and out-of-range or non-integer columns", () => {
    expect(sanitizeMapping(FIELDS, { sku: 0, name_zh: 5, hack: 1, name_en: 1.5, list_price: -1 }, 3)).toEqual({ sku: 0 });
  });
  it("applies a mapping, trimming cells and filling short rows with empty text", () => {
    expect(applyMapping([" A-1 ", "x"], { sku: 0, name_en: 3 })).toEqual({ sku: "A-1", name_en: "" });
  });
  it("removes the apostrophe our exports put before formula-like cells", () => {
    expect(unescapeFormula("'-5 mm")).toBe("-5 mm");
    expect(unescapeFormula("'=SUM(A1)")).toBe("=SUM(A1)");
    expect(unescapeFormula("'quoted'")).toBe("'quoted'");
    expect(applyMapping(["'+86 21"], { phone: 0 })).toEqual({ phone: "+86 21" });
  });
});
