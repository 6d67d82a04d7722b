import { describe, expect, it } from "vitest";
import { categoryCells, categoryLookup, type CategoryNode } from "./category-paths";
import { parseFlag, parseStatus, productFormFromRow, resolveVatRate, type ExistingProduct, type RowContext } from "./product-row";

const CATEGORIES: CategoryNode[] = [
  { id: "office", parentId: null, nameZh: "办公设备", nameEn: "Office equipment", slug: "office-equipment" },
  { id: "printers", parentId: "office", nameZh: "打印机", nameEn: "Printers", slug: "printers" },
  { id: "tools", parentId: null, nameZh: "工业工具", nameEn: "Industrial tools", slug: "tools" },
  { id: "tool-acc", parentId: "tools", nameZh: "配件", nameEn: "Accessories", slug: "tool-accessories" },
  { id: "print-acc", parentId: "printers", nameZh: "配件", nameEn: "Accessories", slug: "printer-accessories" },
];

const RATES = [
  { code: "VAT13", rateBp: 1300, active: true },
  { code: "VAT9", rateBp: 900, active: true },
  { code: "VAT0", rateBp: 0, active: true },
  { code: "EXEMPT", rateBp: 0, active: true },
];

const ctx: RowContext = { currency: "CNY", categories: categoryLookup(CATEGORIES), vatRates: RATES, defaultVatCode: "VAT13", canSeeCost: true };

describe("category cells", () => {
  const lookup = categoryLookup(CATEGORIES);
  it("finds paths in either language, any case, and slugs", () => {
    expect(lookup.find("办公设备 > 打印机")).toEqual({ id: "printers" });
    expect(lookup.find("office equipment>PRINTERS")).toEqual({ id: "printers" });
    expect(lookup.find("办公设备 ＞ 打印机")).toEqual({ id: "printers" });
    expect(lookup.find("tool-accessories")).toEqual({ id: "tool-acc" });
    expect(lookup.find("打印机")).toEqual({ id: "printers" });
  });
  it("reports unknown and ambiguous cells", () => {
    expect(lookup.find("Office equipment > Scanners")).toEqual({ error: "unknownCategory" });
    expect(lookup.find("配件")).toEqual({ error: "ambiguousCategory" });
    expect(lookup.find("工业工具 > 配件")).toEqual({ id: "tool-acc" });
  });
  it("exports paths that read back to the same category", () => {
    const cells = categoryCells(CATEGORIES, "nameZh");
    expect(cells.get("printers")).toBe("办公设备 > 打印机");
    expect(cells.get("print-acc")).toBe("办公设备 > 打印机 > 配件");
    for (const c of CATEGORIES) expect(lookup.find(cells.get(c.id)!)).toEqual({ id: c.id });
  });
  it("falls back to the slug when a name holds the separator", () => {
    const odd = [...CATEGORIES, { id: "odd", parentId: null, nameZh: "A>B", nameEn: "A>B", slug: "a-b" }];
    expect(categoryCells(odd, "nameEn").get("odd")).toBe("a-b");
  });
});

describe("cell parsers", () => {
  it("reads flags in both languages", () => {
    for (const yes of ["1", "TRUE", "yes", "是", "Y"]) expect(parseFlag(yes), yes).toBe(true);
    for (const no of ["0", "false", "No", "否"]) expect(parseFlag(no), no).toBe(false);
    expect(parseFlag("maybe")).toBeNull();
  });
  it("reads statuses", () => {
    expect(parseStatus("Discontinued")).toBe("discontinued");
    expect(parseStatus("在售")).toBe("active");
    expect(parseStatus("gone")).toBeNull();
  });
  it("resolves VAT codes and unambiguous percentages", () => {
    expect(resolveVatRate("vat9", RATES)).toEqual({ code: "VAT9" });
    expect(resolveVatRate("13%", RATES)).toEqual({ code: "VAT13" });
    expect(resolveVatRate("9 %", RATES)).toEqual({ code: "VAT9" });
    expect(resolveVatRate("0", RATES)).toEqual({ error: "ambiguousVatRate" });
    expect(resolveVatRate("17", RATES)).toEqual({ error: "unknownVatRate" });
    expect(resolveVatRate("abc", RATES)).toEqual({ error: "unknownVatRate" });
  });
});

const EXISTING: ExistingProduct = {
  id: "p1",
  sku: "PR-1",
  kind: "simple",
  nameZh: "打印机",
  nameEn: "Printer",
  descriptionZh: "",
  descriptionEn: "old",
  categoryId: "printers",
  brand: "HP",
  uom: "EA",
  uomDecimals: false,
  gtin: null,
  mpn: "M1",
  weightGrams: 5000,
  lengthMm: 400,
  widthMm: null,
  heightMm: null,
  listPrice: 129900,
  standardCost: 80000,
  vatRateCode: "VAT13",
  stockTracked: true,
  allowBackorder: false,
  reorderPoint: 5000,
  published: true,
  slug: "printer",
  status: "active",
  configurable: false,
};

describe("productFormFromRow", () => {
  it("builds a new product with defaults and one name for both languages", () => {
    const { form, errors } = productFormFromRow({ sku: "NEW-1", name_zh: "胶带", uom: "mtr", category: "打印机" }, null, ctx);
    expect(errors).toEqual([]);
    expect(form).toMatchObject({ kind: "simple", sku: "NEW-1", nameZh: "胶带", nameEn: "胶带", uom: "MTR", uomDecimals: true, categoryId: "printers", vatRateCode: "VAT13", listPrice: "0", status: "active", stockTracked: true });
  });
  it("requires a name for a new product", () => {
    expect(productFormFromRow({ sku: "NEW-2", name_zh: "" }, null, ctx).errors).toEqual([{ field: "name_zh", key: "required" }]);
  });
  it("lays cells over an existing product: empty required values kept, optional ones cleared", () => {
    const { form, errors } = productFormFromRow({ sku: "pr-1", name_en: "", brand: "", list_price: "1399.00", allow_backorder: "是", vat_rate: "9%" }, EXISTING, ctx);
    expect(errors).toEqual([]);
    expect(form).toMatchObject({ id: "p1", sku: "PR-1", nameEn: "Printer", brand: "", listPrice: "1399.00", allowBackorder: true, vatRateCode: "VAT9", standardCost: "800.00", reorderPoint: "5", lengthMm: "400", slug: "printer" });
  });
  it("leaves the cost untouched without cost.read", () => {
    const { form } = productFormFromRow({ sku: "PR-1", standard_cost: "1.00" }, EXISTING, { ...ctx, canSeeCost: false });
    expect(form.standardCost).toBeUndefined();
  });
  it("reports every bad cell of a row", () => {
    const { errors } = productFormFromRow({ sku: "X", name_zh: "x", category: "Nope", uom: "BOX", published: "maybe", vat_rate: "0", status: "sold" }, null, ctx);
    expect(errors.map((e) => [e.field, e.key])).toEqual([
      ["category", "unknownCategory"],
      ["uom", "uom"],
      ["published", "boolean"],
      ["vat_rate", "ambiguousVatRate"],
      ["status", "status"],
    ]);
  });
});
