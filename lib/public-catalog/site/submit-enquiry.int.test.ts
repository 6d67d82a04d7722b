import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db, dbKind } from "@/lib/db/client";
import { FieldError } from "@/lib/errors";
import { createActor, createCompany } from "@/lib/testing/factories";
import { createPublicGroup, createPublicProduct, editProduct } from "@/lib/testing/public-catalog-factories";
import { PublicEnquiryInput } from "@/lib/validation/public-enquiry";
import { submitEnquiry } from "./submit-enquiry";

const labels = { product: "Product", sku: "SKU", price: "Price", onRequest: "On request", vat: (inclusive: boolean) => (inclusive ? "incl. VAT" : "excl. VAT") };

let admin: Actor;
let workwear: { id: string; slug: string | null };

beforeAll(async () => {
  await createCompany();
  admin = await createActor("admin");
  workwear = await createPublicProduct(admin, { price: 9900, configurable: true });
  await db.productOptionGroup.create({
    data: {
      productId: workwear.id,
      code: "size",
      nameZh: "尺码",
      nameEn: "Size",
      required: true,
      choices: { create: [{ code: "l", nameZh: "L", nameEn: "L" }, { code: "xxl", nameZh: "XXL", nameEn: "XXL", priceDelta: 1000, position: 1 }] },
    },
  });
});

const form = (over: Record<string, string> = {}) =>
  PublicEnquiryInput.parse({ slug: workwear.slug, locale: "en", personName: "Li Lei", company: "Acme", email: "li@example.com", message: "50 sets, please", choices: JSON.stringify([{ group: "size", choice: "xxl" }]), ...over });

const leads = () => db.lead.count();

describe(`public enquiry on ${dbKind}`, () => {
  it("creates a lead from the enquiry with the product and the checked configuration", async () => {
    const result = await submitEnquiry({ input: form(), address: "10.0.0.1", labels });
    expect(result.kind).toBe("sent");
    const lead = await db.lead.findFirstOrThrow({ where: { number: result.kind === "sent" ? result.number : "" } });
    expect(lead).toMatchObject({ personName: "Li Lei", company: "Acme", email: "li@example.com", source: "enquiry", productId: workwear.id, ownerId: admin.id, message: "50 sets, please" });
    expect(JSON.parse(lead.configuration)).toEqual([
      { label: "Product", value: expect.any(String) },
      { label: "SKU", value: expect.any(String) },
      { label: "Size", value: "XXL" },
      { label: "Price", value: "CN¥109.00 excl. VAT" },
    ]);
  });

  it("attaches the chosen variant of a group", async () => {
    const group = await createPublicGroup(admin, [{ en: "Red", price: 500 }, { en: "Blue", price: 600 }]);
    const result = await submitEnquiry({ input: form({ slug: group.slug!, choices: "[]", variantSku: group.variants[1].sku }), address: "10.0.0.2", labels });
    const lead = await db.lead.findFirstOrThrow({ where: { number: result.kind === "sent" ? result.number : "" } });
    expect(lead.productId).toBe(group.variants[1].id);
    expect(lead.configuration).toContain("Blue");
  });

  it("writes nothing for a filled honeypot, an unpublished product or a configuration the product does not allow", async () => {
    const before = await leads();
    expect(await submitEnquiry({ input: form({ website: "http://spam.example" }), address: "10.0.0.3", labels })).toEqual({ kind: "ignored" });
    await expect(submitEnquiry({ input: form({ choices: JSON.stringify([{ group: "size", choice: "tiny" }]) }), address: "10.0.0.3", labels })).rejects.toBeInstanceOf(FieldError);
    await expect(submitEnquiry({ input: form({ choices: "[]" }), address: "10.0.0.3", labels })).rejects.toBeInstanceOf(FieldError); // size is required
    const hidden = await createPublicProduct(admin, { price: 100 });
    await editProduct(admin, hidden.id, { published: false });
    await expect(submitEnquiry({ input: form({ slug: hidden.slug!, choices: "[]" }), address: "10.0.0.3", labels })).rejects.toBeInstanceOf(FieldError);
    expect(await leads()).toBe(before);
  });

  it("limits enquiries per address, also when they arrive all at once", async () => {
    const before = await leads();
    const results = await Promise.all(Array.from({ length: 9 }, () => submitEnquiry({ input: form(), address: "10.9.9.9", labels })));
    expect(results.filter((r) => r.kind === "sent")).toHaveLength(5);
    const limited = results.filter((r) => r.kind === "rateLimited");
    expect(limited).toHaveLength(4);
    expect(limited.every((r) => r.kind === "rateLimited" && r.retryAfterSeconds > 0)).toBe(true);
    expect(await leads()).toBe(before + 5);
    // Another visitor is not affected.
    expect((await submitEnquiry({ input: form(), address: "10.9.9.10", labels })).kind).toBe("sent");
  });
});
