import { describe, expect, it } from "vitest";
import { formatMoney } from "@/lib/domain/money";
import { PublicEnquiryInput } from "@/lib/validation/public-enquiry";
import type { PublicPrice, PublicProduct } from "../schema";
import { describeSelection } from "./enquiry-configuration";

const cny = (minor: number): PublicPrice => ({ amount: formatMoney(minor, "CNY"), amountMinor: minor, currency: "CNY", taxInclusive: false });
const labels = { product: "Product", sku: "SKU", price: "Your configuration", onRequest: "Price on request", vat: (inclusive: boolean) => (inclusive ? "incl. VAT" : "excl. VAT") };

const workwear: PublicProduct = {
  sku: "WRK-C01",
  slug: "custom-logo-workwear",
  url: "https://shop.example/en/catalog/custom-logo-workwear",
  kind: "simple",
  locale: "en",
  name: "Custom logo workwear",
  description: "",
  names: { "zh-CN": "定制LOGO工作服", en: "Custom logo workwear" },
  descriptions: { "zh-CN": "", en: "" },
  category: null,
  brand: "Honeywell",
  gtin: null,
  mpn: null,
  uom: "SET",
  weightGrams: null,
  dimensionsMm: { length: null, width: null, height: null },
  vatRatePercent: "13",
  images: [],
  price: cny(9900),
  availability: "in_stock",
  configurable: true,
  variesBy: [],
  variants: [],
  options: [
    { code: "size", name: "Size", required: true, multiple: false, choices: [{ code: "l", name: "L", priceDelta: cny(0), requiresNote: false, excludes: [] }, { code: "xxl", name: "XXL", priceDelta: cny(1000), requiresNote: false, excludes: [] }] },
    { code: "branding", name: "Branding", required: false, multiple: true, choices: [{ code: "chest", name: "Chest embroidery", priceDelta: cny(1500), requiresNote: true, excludes: [] }] },
  ],
  updatedAt: "2026-01-01T00:00:00.000Z",
};

describe("describeSelection", () => {
  it("prices the configuration on the server and writes it as label/value pairs", () => {
    const checked = describeSelection(workwear, { variantSku: "", configuration: { choices: [{ group: "size", choice: "xxl" }, { group: "branding", choice: "chest", note: "ACME" }] } }, labels);
    expect(checked.ok).toBe(true);
    if (!checked.ok) return;
    expect(checked.price?.amountMinor).toBe(12400);
    expect(checked.entries).toEqual([
      { label: "Product", value: "Custom logo workwear" },
      { label: "SKU", value: "WRK-C01" },
      { label: "Size", value: "XXL" },
      { label: "Branding", value: "Chest embroidery: ACME" },
      { label: "Your configuration", value: "CN¥124.00 excl. VAT" },
    ]);
  });

  it("refuses choices the product does not have, or that break its rules", () => {
    expect(describeSelection(workwear, { variantSku: "", configuration: { choices: [{ group: "size", choice: "tiny" }] } }, labels).ok).toBe(false);
    expect(describeSelection(workwear, { variantSku: "", configuration: { choices: [] } }, labels).ok).toBe(false); // size is required
    expect(describeSelection(workwear, { variantSku: "", configuration: { choices: [{ group: "size", choice: "l" }, { group: "branding", choice: "chest" }] } }, labels).ok).toBe(false); // note missing
    expect(describeSelection(workwear, { variantSku: "NOPE", configuration: { choices: [{ group: "size", choice: "l" }] } }, labels)).toEqual({ ok: false, errors: "unknownVariant" });
  });

  it("takes a group's price from the chosen variant and names its attributes", () => {
    const shoes: PublicProduct = {
      ...workwear,
      kind: "group",
      configurable: false,
      options: [],
      variesBy: ["Size"],
      variants: [{ sku: "SHO-42", name: "Shoe 42", attributes: [{ name: "Size", value: "42" }], gtin: null, mpn: null, price: null, availability: "out", images: [] }],
    };
    const checked = describeSelection(shoes, { variantSku: "SHO-42", configuration: { choices: [] } }, labels);
    expect(checked.ok && checked.entries.slice(1)).toEqual([
      { label: "SKU", value: "SHO-42" },
      { label: "Size", value: "42" },
      { label: "Your configuration", value: "Price on request" },
    ]);
  });
});

describe("PublicEnquiryInput", () => {
  const base = { slug: "custom-logo-workwear", personName: "Li Lei", email: "li@example.com" };
  it("needs a name and an email or a phone", () => {
    expect(PublicEnquiryInput.safeParse(base).success).toBe(true);
    expect(PublicEnquiryInput.safeParse({ ...base, email: "", phone: "" }).error?.issues[0]).toMatchObject({ path: ["email"], message: "public.contactRequired" });
    expect(PublicEnquiryInput.safeParse({ ...base, personName: " " }).success).toBe(false);
    expect(PublicEnquiryInput.safeParse({ ...base, email: "not-an-email" }).success).toBe(false);
  });
  it("parses the chosen options from JSON and refuses anything else", () => {
    const ok = PublicEnquiryInput.parse({ ...base, choices: JSON.stringify([{ group: "size", choice: "l" }]) });
    expect(ok.choices).toEqual([{ group: "size", choice: "l" }]);
    expect(PublicEnquiryInput.safeParse({ ...base, choices: "{oops" }).success).toBe(false);
    expect(PublicEnquiryInput.safeParse({ ...base, choices: JSON.stringify([{ group: 1 }]) }).success).toBe(false);
    expect(PublicEnquiryInput.safeParse({ ...base, message: "x".repeat(4001) }).success).toBe(false);
  });
});
