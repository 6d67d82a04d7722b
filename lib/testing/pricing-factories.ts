// Test data for pricing integration tests (lib/pricing/**/*.int.test.ts). Rows are written
// straight to the database (no audit, no rules) so a test sets up exactly the state it needs;
// the code under test goes through the services.
//
//   await createCompany();                       // VAT rates, currencies, default list "Standard"
//   const product = await createPricedProduct({ listPrice: 10000 });
//   const list = await createPriceListRow({ currencyCode: "CNY", items: [{ productId: product.id, minQty: 0, unitPrice: 9000 }] });
import { db } from "@/lib/db/client";
import { dayToInstant } from "@/lib/pricing/company-day";
import { uniqueName } from "./factories";

export async function createPricedProduct(overrides: { listPrice?: number; vatRateCode?: string; kind?: string; uomDecimals?: boolean; sku?: string } = {}) {
  const sku = overrides.sku ?? uniqueName("SKU").toUpperCase();
  return db.product.create({
    data: {
      sku,
      nameZh: `产品 ${sku}`,
      nameEn: `Product ${sku}`,
      listPrice: overrides.listPrice ?? 10000,
      vatRateCode: overrides.vatRateCode ?? "VAT13",
      kind: overrides.kind ?? "simple",
      uomDecimals: overrides.uomDecimals ?? false,
    },
    select: { id: true, sku: true, listPrice: true, vatRateCode: true },
  });
}

export type PriceListRowInput = {
  name?: string;
  currencyCode?: string;
  taxInclusive?: boolean;
  validFrom?: string | null;
  validTo?: string | null;
  isDefault?: boolean;
  active?: boolean;
  items?: { productId: string; minQty: number; unitPrice: number }[];
};

export async function createPriceListRow(input: PriceListRowInput = {}) {
  return db.priceList.create({
    data: {
      name: input.name ?? uniqueName("List"),
      currencyCode: input.currencyCode ?? "CNY",
      taxInclusive: input.taxInclusive ?? false,
      validFrom: input.validFrom ? dayToInstant(input.validFrom) : null,
      validTo: input.validTo ? dayToInstant(input.validTo) : null,
      isDefault: input.isDefault ?? false,
      active: input.active ?? true,
      items: { create: input.items ?? [] },
    },
    select: { id: true, currencyCode: true },
  });
}

/** The default list createCompany made ("标准价 Standard", CNY, tax-exclusive). */
export async function defaultPriceList() {
  return db.priceList.findFirstOrThrow({ where: { isDefault: true }, select: { id: true, currencyCode: true } });
}

export async function enableCurrency(code: string) {
  await db.currency.update({ where: { code }, data: { enabled: true } });
}

export async function createRateRow(currencyCode: string, rateDate: string, rate: string) {
  return db.exchangeRate.create({ data: { currencyCode, rateDate, rate }, select: { id: true } });
}
