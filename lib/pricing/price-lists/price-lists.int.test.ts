import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { AccessDeniedError, FieldError, NotFoundError } from "@/lib/errors";
import { parseTableParams } from "@/lib/table/params";
import { createActor, createCompany } from "@/lib/testing/factories";
import { createPriceListRow, createPricedProduct, defaultPriceList, enableCurrency } from "@/lib/testing/pricing-factories";
import type { Actor } from "@/lib/auth/actor";
import { createPriceList, type CreatePriceListInput } from "./create-price-list";
import { deletePriceListItem } from "./delete-price-list-item";
import { findPriceList } from "./find-price-list";
import { findPriceListItems } from "./find-price-list-items";
import { findPriceLists } from "./find-price-lists";
import { findProductPrices } from "./find-product-prices";
import { PRICE_LISTS_TABLE } from "./price-lists-table";
import { updatePriceList } from "./update-price-list";
import { upsertPriceListItem } from "./upsert-price-list-item";

let finance: Actor;

beforeAll(async () => {
  await createCompany();
  await enableCurrency("USD");
  await enableCurrency("JPY");
  finance = await createActor("finance");
});

const values = (overrides: Partial<CreatePriceListInput> = {}): CreatePriceListInput => ({
  name: "Dealers",
  currencyCode: "CNY",
  taxInclusive: false,
  validFrom: null,
  validTo: null,
  isDefault: false,
  isPublic: false,
  active: true,
  ...overrides,
});

async function fieldError(promise: Promise<unknown>) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(FieldError);
  return error as FieldError;
}

const defaults = () => db.priceList.findMany({ where: { isDefault: true }, select: { id: true } });

describe("price lists", () => {
  it("creates a list with validity days stored as the start of the day in Shanghai, audited", async () => {
    const { id } = await createPriceList({ actor: finance, input: values({ name: "Spring", taxInclusive: true, validFrom: "2026-03-01", validTo: "2026-05-31" }) });
    const row = await db.priceList.findUniqueOrThrow({ where: { id } });
    expect(row.validFrom?.toISOString()).toBe("2026-02-28T16:00:00.000Z");
    expect(row.validTo?.toISOString()).toBe("2026-05-30T16:00:00.000Z");
    expect(await findPriceList({ actor: finance, id })).toMatchObject({ name: "Spring", taxInclusive: true, validFrom: "2026-03-01", validTo: "2026-05-31" });
    const audit = await db.auditEntry.findMany({ where: { entityType: "PriceList", entityId: id } });
    expect(audit).toHaveLength(1);
    expect(JSON.parse(audit[0].after ?? "{}")).toMatchObject({ name: "Spring", validFrom: "2026-03-01", validTo: "2026-05-31" });
  });

  it("a new default takes the role from the old one in the same transaction (both audited)", async () => {
    const old = await defaultPriceList();
    const { id } = await createPriceList({ actor: finance, input: values({ name: "New default", isDefault: true }) });
    expect((await defaults()).map((d) => d.id)).toEqual([id]);
    const unset = await db.auditEntry.findFirst({ where: { entityType: "PriceList", entityId: old.id } });
    expect(JSON.parse(unset?.after ?? "{}")).toEqual({ isDefault: false });

    // And back through an edit.
    const back = await findPriceList({ actor: finance, id: old.id });
    await updatePriceList({ actor: finance, input: { ...back, isDefault: true } });
    expect((await defaults()).map((d) => d.id)).toEqual([old.id]);
  });

  it("keeps exactly one default when several lists are made the default at once", async () => {
    const lists = await Promise.all(Array.from({ length: 6 }, (_, i) => createPriceListRow({ name: `Race ${i}` })));
    const results = await Promise.allSettled(
      lists.map(async (l) => updatePriceList({ actor: finance, input: { ...(await findPriceList({ actor: finance, id: l.id })), isDefault: true } })),
    );
    expect(results.every((r) => r.status === "fulfilled")).toBe(true);
    expect(await defaults()).toHaveLength(1);
  });

  it("refuses to leave no default, an inactive default, a disabled currency, and a bad range", async () => {
    const current = await findPriceList({ actor: finance, id: (await defaultPriceList()).id });
    expect((await fieldError(updatePriceList({ actor: finance, input: { ...current, isDefault: false } }))).key).toBe("pricing.defaultRequired");
    expect((await fieldError(updatePriceList({ actor: finance, input: { ...current, active: false } }))).key).toBe("pricing.defaultMustBeActive");
    expect((await fieldError(createPriceList({ actor: finance, input: values({ currencyCode: "GBP" }) }))).key).toBe("pricing.currencyNotEnabled");
    expect((await fieldError(createPriceList({ actor: finance, input: values({ validFrom: "2026-04-01", validTo: "2026-03-31" }) }))).key).toBe("pricing.validRange");
    expect((await fieldError(createPriceList({ actor: finance, input: values({ validFrom: "2026-02-30" }) }))).key).toBe("pricing.day");
  });

  it("the currency is locked once the list has items", async () => {
    const product = await createPricedProduct();
    const { id } = await createPriceList({ actor: finance, input: values() });
    const header = await findPriceList({ actor: finance, id });
    await updatePriceList({ actor: finance, input: { ...header, currencyCode: "USD" } });
    await upsertPriceListItem({ actor: finance, input: { priceListId: id, productId: product.id, minQty: 0, unitPrice: "10.00" } });
    expect((await fieldError(updatePriceList({ actor: finance, input: { ...header, currencyCode: "CNY" } }))).key).toBe("pricing.currencyLocked");
  });

  it("lists with item counts, filtered by currency and status", async () => {
    const product = await createPricedProduct();
    const usd = await createPriceListRow({ name: "Zeta USD", currencyCode: "USD", items: [{ productId: product.id, minQty: 0, unitPrice: 100 }, { productId: product.id, minQty: 5000, unitPrice: 90 }] });
    await createPriceListRow({ name: "Zeta off", active: false });
    const params = parseTableParams(PRICE_LISTS_TABLE, { q: "Zeta", currency: "usd" });
    const { rows, total } = await findPriceLists({ actor: finance, params });
    expect(total).toBe(1);
    expect(rows[0]).toMatchObject({ id: usd.id, currencyCode: "USD", itemCount: 2, validFrom: null });
    const inactive = await findPriceLists({ actor: finance, params: parseTableParams(PRICE_LISTS_TABLE, { q: "Zeta", status: "inactive" }) });
    expect(inactive.rows.map((r) => r.name)).toEqual(["Zeta off"]);
  });

  it("is only for pricing.manage", async () => {
    const sales = await createActor("sales");
    await expect(findPriceLists({ actor: sales, params: parseTableParams(PRICE_LISTS_TABLE, {}) })).rejects.toBeInstanceOf(AccessDeniedError);
    await expect(createPriceList({ actor: sales, input: values() })).rejects.toBeInstanceOf(AccessDeniedError);
    await expect(findPriceList({ actor: finance, id: "missing" })).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("price list items", () => {
  it("adds breaks with prices parsed in the list's currency; the same break again replaces the price", async () => {
    const product = await createPricedProduct();
    const list = await createPriceListRow({ currencyCode: "JPY" });
    const first = await upsertPriceListItem({ actor: finance, input: { priceListId: list.id, productId: product.id, minQty: 0, unitPrice: "1,200" } });
    const second = await upsertPriceListItem({ actor: finance, input: { priceListId: list.id, productId: product.id, minQty: 10_000, unitPrice: 1100 } });
    const again = await upsertPriceListItem({ actor: finance, input: { priceListId: list.id, productId: product.id, minQty: 0, unitPrice: "1150" } });
    expect(first.created && second.created).toBe(true);
    expect(again).toEqual({ id: first.id, created: false });
    const items = await db.priceListItem.findMany({ where: { priceListId: list.id }, orderBy: { minQty: "asc" }, select: { minQty: true, unitPrice: true } });
    expect(items).toEqual([
      { minQty: 0, unitPrice: 1150 },
      { minQty: 10_000, unitPrice: 1100 },
    ]);
    const audit = await db.auditEntry.findMany({ where: { entityType: "PriceListItem", entityId: first.id }, orderBy: { at: "asc" } });
    expect(audit.map((a) => a.action)).toEqual(["create", "update"]);
    expect(JSON.parse(audit[1].before ?? "{}")).toMatchObject({ unitPrice: 1200, currency: "JPY" });
    expect(JSON.parse(audit[1].after ?? "{}")).toMatchObject({ unitPrice: 1150, currency: "JPY" });
  });

  it("refuses bad prices and quantities, group products, and unknown products", async () => {
    const product = await createPricedProduct();
    const group = await createPricedProduct({ kind: "group" });
    const list = await createPriceListRow({ currencyCode: "CNY" });
    const put = (input: Partial<Parameters<typeof upsertPriceListItem>[0]["input"]>) =>
      upsertPriceListItem({ actor: finance, input: { priceListId: list.id, productId: product.id, minQty: 0, unitPrice: 100, ...input } });
    expect((await fieldError(put({ unitPrice: "12.345" }))).key).toBe("pricing.money");
    expect((await fieldError(put({ unitPrice: "-1" }))).key).toBe("pricing.money");
    expect((await fieldError(put({ unitPrice: 1.5 }))).key).toBe("pricing.money");
    expect((await fieldError(put({ unitPrice: 3_000_000_000 }))).key).toBe("pricing.money");
    expect((await fieldError(put({ minQty: 1500 }))).key).toBe("pricing.wholeQuantity");
    expect((await fieldError(put({ minQty: -1000 }))).key).toBe("pricing.quantity");
    expect((await fieldError(put({ productId: group.id }))).key).toBe("pricing.groupNotSold");
    expect((await fieldError(put({ productId: "missing" }))).field).toBe("productId");
    await expect(put({ priceListId: "missing" })).rejects.toBeInstanceOf(NotFoundError);
    expect(await db.priceListItem.count({ where: { priceListId: list.id } })).toBe(0);

    const kilos = await createPricedProduct({ uomDecimals: true });
    await put({ productId: kilos.id, minQty: 1500 });
  });

  it("edits an item by id; moving it onto an existing break is refused; deletes are audited", async () => {
    const product = await createPricedProduct();
    const list = await createPriceListRow();
    const a = await upsertPriceListItem({ actor: finance, input: { priceListId: list.id, productId: product.id, minQty: 0, unitPrice: 1000 } });
    const b = await upsertPriceListItem({ actor: finance, input: { priceListId: list.id, productId: product.id, minQty: 5000, unitPrice: 900 } });
    expect((await fieldError(upsertPriceListItem({ actor: finance, input: { priceListId: list.id, itemId: b.id, productId: product.id, minQty: 0, unitPrice: 900 } }))).key).toBe("pricing.itemExists");
    await upsertPriceListItem({ actor: finance, input: { priceListId: list.id, itemId: b.id, productId: product.id, minQty: 10_000, unitPrice: "8.50" } });
    expect(await db.priceListItem.findUnique({ where: { id: b.id }, select: { minQty: true, unitPrice: true } })).toEqual({ minQty: 10_000, unitPrice: 850 });

    // An item of another list is not this list's item.
    const other = await createPriceListRow();
    await expect(deletePriceListItem({ actor: finance, priceListId: other.id, itemId: a.id })).rejects.toBeInstanceOf(NotFoundError);
    await deletePriceListItem({ actor: finance, priceListId: list.id, itemId: a.id });
    expect(await db.priceListItem.findUnique({ where: { id: a.id } })).toBeNull();
    const audit = await db.auditEntry.findFirst({ where: { entityType: "PriceListItem", entityId: a.id, action: "delete" } });
    expect(JSON.parse(audit?.before ?? "{}")).toMatchObject({ sku: product.sku, minQty: 0, unitPrice: 1000 });
  });

  it("concurrent adds of the same break leave one item", async () => {
    const product = await createPricedProduct();
    const list = await createPriceListRow();
    const results = await Promise.allSettled(
      Array.from({ length: 5 }, (_, i) => upsertPriceListItem({ actor: finance, input: { priceListId: list.id, productId: product.id, minQty: 0, unitPrice: 100 + i } })),
    );
    for (const r of results) if (r.status === "rejected") expect(r.reason).toBeInstanceOf(FieldError);
    expect(await db.priceListItem.count({ where: { priceListId: list.id } })).toBe(1);
  });

  it("groups items by product with breaks in ascending order, searchable by SKU", async () => {
    const p1 = await createPricedProduct({ sku: "GRP-A-1" });
    const p2 = await createPricedProduct({ sku: "GRP-B-2" });
    const list = await createPriceListRow({
      items: [
        { productId: p2.id, minQty: 0, unitPrice: 50 },
        { productId: p1.id, minQty: 10_000, unitPrice: 80 },
        { productId: p1.id, minQty: 0, unitPrice: 100 },
      ],
    });
    const all = await findPriceListItems({ actor: finance, priceListId: list.id });
    expect(all.total).toBe(2);
    expect(all.products.map((p) => [p.sku, p.priceItems.map((i) => i.minQty)])).toEqual([
      ["GRP-A-1", [0, 10_000]],
      ["GRP-B-2", [0]],
    ]);
    const found = await findPriceListItems({ actor: finance, priceListId: list.id, q: "grp-b" });
    expect(found.products.map((p) => p.sku)).toEqual(["GRP-B-2"]);
  });
});

describe("findProductPrices", () => {
  it("lists every list pricing the product, default first, with breaks; sales may read it", async () => {
    const product = await createPricedProduct();
    const def = await defaultPriceList();
    await db.priceListItem.create({ data: { priceListId: def.id, productId: product.id, minQty: 0, unitPrice: 900 } });
    const usd = await createPriceListRow({ name: "A USD", currencyCode: "USD", validTo: "2026-12-31", items: [{ productId: product.id, minQty: 5000, unitPrice: 120 }, { productId: product.id, minQty: 0, unitPrice: 130 }] });
    await createPriceListRow({ name: "Unrelated" });
    const sales = await createActor("sales");
    const lists = await findProductPrices({ actor: sales, productId: product.id });
    expect(lists.map((l) => [l.id, l.isDefault, l.validTo, l.breaks.map((b) => [b.minQty, b.unitPrice])])).toEqual([
      [def.id, true, null, [[0, 900]]],
      [usd.id, false, "2026-12-31", [[0, 130], [5000, 120]]],
    ]);
  });
});
