import { describe, expect, it } from "vitest";
import { PublicProductSchema } from "./schema";
import { toPublicProduct, type PublicProductSource } from "./to-public-product";

const source: PublicProductSource = {
  sku: "MUG-1",
  slug: "blue-mug",
  kind: "simple",
  nameZh: "蓝色杯子",
  nameEn: "Blue mug",
  descriptionZh: "陶瓷",
  descriptionEn: "Ceramic",
  categoryPath: [
    { slug: "home", nameZh: "家居", nameEn: "Home" },
    { slug: "kitchen", nameZh: "厨房", nameEn: "Kitchen" },
  ],
  brand: "Acme",
  gtin: "4006381333931",
  mpn: null,
  uom: "EA",
  weightGrams: 350,
  lengthMm: null,
  widthMm: null,
  heightMm: 95,
  vatRateBp: 1300,
  configurable: true,
  images: [{ fileName: "p-00000000-0000-4000-8000-000000000001", width: 1600, height: 1200, altZh: "", altEn: "Mug" }],
  price: { unitPrice: 11300, currency: "CNY", taxInclusive: true },
  availability: "low",
  attributes: [],
  variants: [],
  optionGroups: [
    {
      code: "engraving",
      nameZh: "刻字",
      nameEn: "Engraving",
      required: false,
      multiple: false,
      choices: [{ code: "text", nameZh: "文字", nameEn: "Text", priceDelta: 1000, requiresNote: true, excludes: "colour.gold, colour.silver" }],
    },
  ],
  updatedAt: new Date("2026-11-30T08:00:00.000Z"),
};
const context = { locale: "en" as const, baseUrl: "https://shop.example.com/", baseCurrency: "CNY" };

describe("toPublicProduct", () => {
  it("maps a simple product in the requested language with absolute links and decimal prices", () => {
    const p = toPublicProduct(source, context);
    expect(PublicProductSchema.parse(p)).toEqual(p);
    expect(p).toMatchObject({
      url: "https://shop.example.com/en/catalog/blue-mug",
      name: "Blue mug",
      names: { "zh-CN": "蓝色杯子", en: "Blue mug" },
      category: { slug: "kitchen", name: "Kitchen", pathText: "Home > Kitchen" },
      price: { amount: "113.00", amountMinor: 11300, currency: "CNY", taxInclusive: true },
      availability: "low",
      vatRatePercent: "13",
    });
    expect(p.images[0].url).toBe("https://shop.example.com/files/products/p-00000000-0000-4000-8000-000000000001-1600.webp");
    expect(p.images[0].thumbnailUrl).toMatch(/-400\.webp$/);
    expect(toPublicProduct(source, { ...context, locale: "zh-CN" }).url).toBe("https://shop.example.com/catalog/blue-mug");
  });

  it("states option deltas on the price's tax basis, and not at all without a price", () => {
    const choice = toPublicProduct(source, context).options[0].choices[0];
    expect(choice.priceDelta).toEqual({ amount: "11.30", amountMinor: 1130, currency: "CNY", taxInclusive: true });
    expect(choice.excludes).toEqual(["colour.gold", "colour.silver"]);
    expect(toPublicProduct({ ...source, price: null }, context).options[0].choices[0].priceDelta).toBeNull();
    expect(toPublicProduct({ ...source, price: { unitPrice: 1500, currency: "USD", taxInclusive: false } }, context).options[0].choices[0].priceDelta).toBeNull();
    expect(toPublicProduct({ ...source, configurable: false }, context).options).toEqual([]);
  });

  it("a group shows its lowest variant price and its best availability", () => {
    const variant = (sku: string, unitPrice: number | null, availability: "out" | "low" | "in_stock") => ({
      sku,
      nameZh: sku,
      nameEn: sku,
      gtin: null,
      mpn: null,
      values: [{ attributeZh: "颜色", attributeEn: "Colour", valueZh: "红", valueEn: "Red" }],
      price: unitPrice === null ? null : { unitPrice, currency: "CNY", taxInclusive: false },
      availability,
      images: [],
    });
    const p = toPublicProduct(
      { ...source, kind: "group", attributes: [{ nameZh: "颜色", nameEn: "Colour" }], variants: [variant("A", 5000, "out"), variant("B", 4000, "low"), variant("C", null, "out")] },
      context,
    );
    expect(p.price?.amount).toBe("40.00");
    expect(p.availability).toBe("low");
    expect(p.variesBy).toEqual(["Colour"]);
    expect(p.variants.map((v) => [v.sku, v.price?.amount ?? null, v.attributes[0].value])).toEqual([
      ["A", "50.00", "Red"],
      ["B", "40.00", "Red"],
      ["C", null, "Red"],
    ]);
    expect(PublicProductSchema.safeParse(p).success).toBe(true);
  });
});
