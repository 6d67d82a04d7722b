import { describe, expect, it } from "vitest";
import { toPublicProduct, type PublicProductSource } from "@/lib/public-catalog/to-public-product";
import { googleItemXml, googleItems, xmlText } from "./google-feed";
import { shopifyRows } from "./shopify-feed";
import { woocommerceRows } from "./woocommerce-feed";

const image = { fileName: "p-00000000-0000-4000-8000-000000000001", width: 1600, height: 1200, altZh: "", altEn: "" };
const variant = (sku: string, colour: string, size: string, unitPrice: number | null) => ({
  sku,
  nameZh: sku,
  nameEn: `Tee ${colour} ${size}`,
  gtin: null,
  mpn: null,
  values: [
    { attributeZh: "颜色", attributeEn: "Colour", valueZh: colour, valueEn: colour },
    { attributeZh: "尺码", attributeEn: "Size", valueZh: size, valueEn: size },
  ],
  price: unitPrice === null ? null : { unitPrice, currency: "CNY", taxInclusive: true },
  availability: "in_stock" as const,
  images: [],
});
const group: PublicProductSource = {
  sku: "TEE",
  slug: "tee",
  kind: "group",
  nameZh: "T恤",
  nameEn: "Tee & <more>",
  descriptionZh: "",
  descriptionEn: "Cotton\n\nSoft",
  categoryPath: [{ slug: "clothes", nameZh: "服装", nameEn: "Clothes" }],
  brand: "Acme",
  gtin: null,
  mpn: null,
  uom: "EA",
  weightGrams: 200,
  lengthMm: null,
  widthMm: null,
  heightMm: null,
  vatRateBp: 1300,
  configurable: false,
  images: [image],
  price: null,
  availability: "out",
  attributes: [
    { nameZh: "颜色", nameEn: "Colour" },
    { nameZh: "尺码", nameEn: "Size" },
  ],
  variants: [variant("TEE-R-S", "Red", "S", 9900), variant("TEE-R-M", "Red", "M", null), variant("TEE-B-S", "Blue", "S", 10900)],
  optionGroups: [],
  updatedAt: new Date("2026-11-30T00:00:00Z"),
};
const product = toPublicProduct(group, { locale: "en", baseUrl: "https://shop.test", baseCurrency: "CNY" });

describe("Google feed items", () => {
  it("one item per priced variant, grouped, with colour and size, escaped", () => {
    const items = googleItems(product);
    expect(items.map((i) => i.id)).toEqual(["TEE-R-S", "TEE-B-S"]);
    const xml = googleItemXml(items[0]);
    expect(xml).toContain("<g:item_group_id>TEE</g:item_group_id>");
    expect(xml).toContain("<g:color>Red</g:color><g:size>S</g:size>");
    expect(xml).toContain("<g:price>99.00 CNY</g:price>");
    expect(xml).toContain("<g:identifier_exists>no</g:identifier_exists>");
    expect(xml).toContain("<g:image_link>https://shop.test/files/products/");
    expect(xmlText("a & <b> \u0001")).toBe("a &amp; &lt;b&gt; ");
  });
  it("an item without an image is left out", () => {
    expect(googleItemXml({ ...googleItems(product)[0], images: [] })).toBe("");
  });
});

describe("CSV feeds", () => {
  it("Shopify: one handle, option names on the first row, images on rows", () => {
    const rows = shopifyRows(product);
    expect(rows.map((r) => r.Handle)).toEqual(["tee", "tee", "tee"]);
    expect(rows[0]).toMatchObject({ Title: "Tee & <more>", "Body (HTML)": "<p>Cotton</p><p>Soft</p>", "Option1 Name": "Colour", "Option2 Name": "Size", "Option1 Value": "Red", "Variant Price": "99.00", "Image Src": "https://shop.test/files/products/p-00000000-0000-4000-8000-000000000001-1600.webp" });
    expect(rows[1]["Option1 Name"]).toBeUndefined();
    expect(rows[1]).toMatchObject({ "Option1 Value": "Red", "Option2 Value": "M", "Variant Price": "" });
  });
  it("WooCommerce: a variable parent with attribute values, then variations", () => {
    const rows = woocommerceRows(product);
    expect(rows.map((r) => r.Type)).toEqual(["variable", "variation", "variation", "variation"]);
    expect(rows[0]).toMatchObject({ SKU: "TEE", "Attribute 1 name": "Colour", "Attribute 1 value(s)": "Red, Blue", "Attribute 2 value(s)": "S, M", Weight: "0.2", Categories: "Clothes" });
    expect(rows[3]).toMatchObject({ SKU: "TEE-B-S", Parent: "TEE", "Attribute 1 value(s)": "Blue", "Regular price": "109.00" });
  });
});
