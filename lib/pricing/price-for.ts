import "server-only";
import { db, type Tx } from "@/lib/db/client";
import { resolvePrice, type PricingList, type ResolvedPrice } from "@/lib/domain/pricing";
import { NotFoundError } from "@/lib/errors";
import { asCompanyDay, instantToDay } from "./company-day";

export type PriceForInput = {
  productId: string;
  /**
   * The customer's price list: pass `account.priceListId` (the CRM issue adds accounts with a
   * `priceListId`; quotes and orders call priceFor with it). Null/undefined = no customer list,
   * so the default list or the product's list price decides.
   */
  priceListId?: string | null;
  /** Thousandths: 1000 = one unit. */
  qty: number;
  /** A YYYY-MM-DD day, or an instant taken as its day in the company's time zone. */
  date: Date | string;
  /** Run inside the caller's transaction (a quote being saved), else on the shared client. */
  tx?: Tx;
};

const LIST_SELECT = { id: true, currencyCode: true, taxInclusive: true, active: true, validFrom: true, validTo: true } as const;

export type ListRow = { id: string; currencyCode: string; taxInclusive: boolean; active: boolean; validFrom: Date | null; validTo: Date | null; items: { minQty: number; unitPrice: number }[] };

/** A price list row with its items for one product, as lib/domain/pricing takes it. */
export function toPricingList(row: ListRow | null): PricingList | null {
  if (!row) return null;
  return {
    id: row.id,
    currency: row.currencyCode,
    taxInclusive: row.taxInclusive,
    active: row.active,
    validFrom: instantToDay(row.validFrom),
    validTo: instantToDay(row.validTo),
    items: row.items,
  };
}

/**
 * The unit price of `qty` of a product on `date` for a customer: loads the product, the given
 * (customer) list and the default list — only their items for this product — and lets
 * lib/domain/pricing.ts decide. Not a permission check: callers (quotes, the product page) are
 * doors that already checked theirs; an unknown product is NotFound.
 */
export async function priceFor({ productId, priceListId, qty, date, tx }: PriceForInput): Promise<ResolvedPrice> {
  const client = tx ?? db;
  const items = { where: { productId }, select: { minQty: true, unitPrice: true } } as const;
  // One after the other: inside a caller's transaction the queries share one connection anyway.
  const product = await client.product.findUnique({ where: { id: productId }, select: { listPrice: true, vatRate: { select: { rateBp: true } } } });
  const company = await client.company.findUnique({ where: { id: "company" }, select: { baseCurrency: true } });
  const customer = priceListId ? await client.priceList.findUnique({ where: { id: priceListId }, select: { ...LIST_SELECT, items } }) : null;
  // "Exactly one default" is kept by the price list services; the oldest wins if that ever broke.
  const fallback = await client.priceList.findFirst({ where: { isDefault: true }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: { ...LIST_SELECT, items } });
  if (!product) throw new NotFoundError();
  return resolvePrice({
    product: { listPrice: product.listPrice, vatRateBp: product.vatRate.rateBp },
    customerList: toPricingList(customer),
    defaultList: toPricingList(fallback),
    qty,
    date: asCompanyDay(date),
    baseCurrency: company?.baseCurrency ?? "CNY",
  });
}
