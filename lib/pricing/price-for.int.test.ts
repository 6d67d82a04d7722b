import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { transact } from "@/lib/db/transact";
import { NotFoundError } from "@/lib/errors";
import { createCompany } from "@/lib/testing/factories";
import { createPriceListRow, createPricedProduct, defaultPriceList } from "@/lib/testing/pricing-factories";
import { priceFor } from "./price-for";

beforeAll(async () => {
  await createCompany();
});

describe("priceFor", () => {
  it("without any list item: the product's list price, tax-exclusive in the base currency", async () => {
    const product = await createPricedProduct({ listPrice: 12345 });
    expect(await priceFor({ productId: product.id, qty: 1000, date: "2026-03-15" })).toEqual({
      unitPrice: 12345,
      currency: "CNY",
      taxInclusive: false,
      source: "listPrice",
      priceListId: null,
      minQty: 0,
      vatRateBp: 1300,
      netUnitPrice: 12345,
      grossUnitPrice: 13950, // 12345 × 1.13 = 13949.85 → 13950
    });
  });

  it("the default list's quantity breaks, with the product's VAT rate", async () => {
    const product = await createPricedProduct({ listPrice: 10000, vatRateCode: "VAT9" });
    const list = await defaultPriceList();
    await db.priceListItem.createMany({
      data: [
        { priceListId: list.id, productId: product.id, minQty: 0, unitPrice: 9500 },
        { priceListId: list.id, productId: product.id, minQty: 10_000, unitPrice: 9000 },
      ],
    });
    expect(await priceFor({ productId: product.id, qty: 9_000, date: "2026-03-15" })).toMatchObject({ source: "default", priceListId: list.id, unitPrice: 9500, minQty: 0, vatRateBp: 900, grossUnitPrice: 10355 });
    expect(await priceFor({ productId: product.id, qty: 10_000, date: "2026-03-15" })).toMatchObject({ source: "default", unitPrice: 9000, minQty: 10_000 });
  });

  it("the account's list wins over the default list; other products fall through", async () => {
    const product = await createPricedProduct();
    const other = await createPricedProduct({ listPrice: 777 });
    const list = await defaultPriceList();
    await db.priceListItem.create({ data: { priceListId: list.id, productId: product.id, minQty: 0, unitPrice: 9500 } });
    const customer = await createPriceListRow({ currencyCode: "CNY", taxInclusive: true, items: [{ productId: product.id, minQty: 0, unitPrice: 10170 }] });

    expect(await priceFor({ productId: product.id, priceListId: customer.id, qty: 1000, date: "2026-03-15" })).toMatchObject({
      source: "customer",
      priceListId: customer.id,
      unitPrice: 10170,
      taxInclusive: true,
      netUnitPrice: 9000,
      grossUnitPrice: 10170,
    });
    expect(await priceFor({ productId: other.id, priceListId: customer.id, qty: 1000, date: "2026-03-15" })).toMatchObject({ source: "listPrice", unitPrice: 777 });
    // No account list: the default list.
    expect(await priceFor({ productId: product.id, priceListId: null, qty: 1000, date: "2026-03-15" })).toMatchObject({ source: "default" });
  });

  it("validity is by day in the company's time zone (Asia/Shanghai), both ends inclusive", async () => {
    const product = await createPricedProduct();
    const march = await createPriceListRow({ validFrom: "2026-03-01", validTo: "2026-03-31", items: [{ productId: product.id, minQty: 0, unitPrice: 5000 }] });
    const at = (iso: string) => priceFor({ productId: product.id, priceListId: march.id, qty: 1000, date: new Date(iso) });
    // 00:30 on 1 March in Shanghai is still 28 February in UTC.
    expect((await at("2026-02-28T16:30:00Z")).source).toBe("customer");
    expect((await at("2026-02-28T15:30:00Z")).source).not.toBe("customer");
    // 23:30 on 31 March in Shanghai is inside; 00:30 on 1 April is not.
    expect((await at("2026-03-31T15:30:00Z")).source).toBe("customer");
    expect((await at("2026-04-01T16:30:00Z")).source).not.toBe("customer");
  });

  it("an inactive customer list is ignored", async () => {
    const product = await createPricedProduct({ listPrice: 4321 });
    const off = await createPriceListRow({ active: false, items: [{ productId: product.id, minQty: 0, unitPrice: 1 }] });
    expect(await priceFor({ productId: product.id, priceListId: off.id, qty: 1000, date: "2026-03-15" })).toMatchObject({ source: "listPrice", unitPrice: 4321 });
  });

  it("a list in another currency states that currency", async () => {
    await db.currency.update({ where: { code: "USD" }, data: { enabled: true } });
    const product = await createPricedProduct();
    const usd = await createPriceListRow({ currencyCode: "USD", items: [{ productId: product.id, minQty: 0, unitPrice: 1399 }] });
    expect(await priceFor({ productId: product.id, priceListId: usd.id, qty: 1000, date: "2026-03-15" })).toMatchObject({ currency: "USD", unitPrice: 1399, grossUnitPrice: 1581 });
  });

  it("runs inside a caller's transaction", async () => {
    const product = await createPricedProduct({ listPrice: 2500 });
    const price = await transact((tx) => priceFor({ productId: product.id, qty: 1000, date: "2026-03-15", tx }));
    expect(price.unitPrice).toBe(2500);
  });

  it("an unknown product is NotFound", async () => {
    await expect(priceFor({ productId: "nope", qty: 1000, date: "2026-03-15" })).rejects.toBeInstanceOf(NotFoundError);
  });
});
