// Which price applies to a product, pure: no I/O, unit tested in pricing.test.ts.
// lib/pricing/price-for.ts loads the rows and calls resolvePrice; quotes and orders use that.
//
// Order of precedence:
//   1. the customer's price list (the account's `priceListId`), when it applies;
//   2. the company's default price list, when it applies;
//   3. the product's list price (base currency, tax-exclusive).
// A list APPLIES when it is active, valid on the date, and has an item for the product whose
// minQty ≤ qty. Otherwise the next candidate is tried: a customer list that only prices 100+
// pieces does not make an order of 10 pieces fall back to a price of zero.
// Within a list the item with the highest minQty ≤ qty wins (quantity breaks).
//
// Validity is by calendar day, inclusive at both ends: validFrom ≤ date ≤ validTo, compared as
// YYYY-MM-DD text. The caller turns instants into days in the company's time zone
// (CARRACK_TIME_ZONE, Asia/Shanghai by default; see lib/pricing/company-day.ts), so a list valid
// "to 2026-03-31" still applies at 23:59 on 31 March in Shanghai, whatever the server's zone.
import { assertSafeInteger } from "./decimal";
import { minorDigits, taxFromGross, taxFromNet, type CurrencyCode } from "./money";

/** A calendar day, YYYY-MM-DD. */
export type Day = string;

export type PriceBreak = { minQty: number; unitPrice: number };

export type PricingList = {
  id: string;
  currency: CurrencyCode;
  /** Prices include VAT (gross) when true. */
  taxInclusive: boolean;
  active: boolean;
  /** Inclusive first day, or null for "since always". */
  validFrom: Day | null;
  /** Inclusive last day, or null for "until further notice". */
  validTo: Day | null;
  /** This list's items FOR THE PRODUCT being priced (any order). */
  items: PriceBreak[];
};

export type PriceSource = "customer" | "default" | "listPrice";

export type ResolvePriceInput = {
  product: { listPrice: number; vatRateBp: number };
  customerList?: PricingList | null;
  defaultList?: PricingList | null;
  /** Thousandths: 1000 = one unit. */
  qty: number;
  date: Day;
  baseCurrency: CurrencyCode;
};

export type ResolvedPrice = {
  /** The price as the source states it: minor units of `currency`, gross when `taxInclusive`. */
  unitPrice: number;
  currency: CurrencyCode;
  taxInclusive: boolean;
  source: PriceSource;
  /** The list the price came from; null for the product's list price. */
  priceListId: string | null;
  /** The quantity break used (thousandths); 0 for the product's list price. */
  minQty: number;
  vatRateBp: number;
  /** Unit price without VAT, in `currency`. */
  netUnitPrice: number;
  /** Unit price with VAT, in `currency`. */
  grossUnitPrice: number;
};

const DAY = /^\d{4}-\d{2}-\d{2}$/;

function checkDay(day: Day | null, what: string): void {
  if (day === null) return;
  const valid = DAY.test(day) && new Date(`${day}T00:00:00Z`).toISOString().startsWith(day);
  if (!valid) throw new RangeError(`${what} must be a day (YYYY-MM-DD), got ${String(day)}`);
}

/** Whether the list may be used on `date` at all (active and inside its validity, by day). */
export function isListValidOn(list: Pick<PricingList, "active" | "validFrom" | "validTo">, date: Day): boolean {
  checkDay(date, "date");
  checkDay(list.validFrom, "validFrom");
  checkDay(list.validTo, "validTo");
  if (!list.active) return false;
  // YYYY-MM-DD compares correctly as text.
  if (list.validFrom !== null && date < list.validFrom) return false;
  if (list.validTo !== null && date > list.validTo) return false;
  return true;
}

/** The quantity break for `qty`: the item with the highest minQty ≤ qty, or null. */
export function pickBreak(items: readonly PriceBreak[], qty: number): PriceBreak | null {
  let best: PriceBreak | null = null;
  for (const item of items) {
    assertSafeInteger(item.minQty, "minQty");
    assertSafeInteger(item.unitPrice, "unit price");
    if (item.minQty <= qty && (best === null || item.minQty > best.minQty)) best = item;
  }
  return best;
}

function fromList(list: PricingList | null | undefined, source: "customer" | "default", input: ResolvePriceInput): ResolvedPrice | null {
  if (!list || !isListValidOn(list, input.date)) return null;
  const item = pickBreak(list.items, input.qty);
  if (!item) return null;
  minorDigits(list.currency); // refuses a list in something that is not a currency
  return withTax({ unitPrice: item.unitPrice, currency: list.currency, taxInclusive: list.taxInclusive, source, priceListId: list.id, minQty: item.minQty }, input.product.vatRateBp);
}

function withTax(price: Omit<ResolvedPrice, "netUnitPrice" | "grossUnitPrice" | "vatRateBp">, vatRateBp: number): ResolvedPrice {
  // One unit's split by the money module's rule (net rounded from gross when tax-inclusive).
  const split = price.taxInclusive ? taxFromGross(price.unitPrice, vatRateBp) : taxFromNet(price.unitPrice, vatRateBp);
  return { ...price, vatRateBp, netUnitPrice: split.net, grossUnitPrice: split.gross };
}

/** The unit price for `qty` of a product on `date`: customer list, else default list, else list price. */
export function resolvePrice(input: ResolvePriceInput): ResolvedPrice {
  assertSafeInteger(input.qty, "quantity");
  if (input.qty < 0) throw new RangeError(`quantity must not be negative, got ${input.qty}`);
  assertSafeInteger(input.product.listPrice, "list price");
  checkDay(input.date, "date");
  minorDigits(input.baseCurrency);

  // The account's list being the default list itself is a default price, not a special one.
  const customer = input.customerList && input.customerList.id !== input.defaultList?.id ? input.customerList : null;
  return (
    fromList(customer, "customer", input) ??
    fromList(input.defaultList, "default", input) ??
    withTax({ unitPrice: input.product.listPrice, currency: input.baseCurrency, taxInclusive: false, source: "listPrice", priceListId: null, minQty: 0 }, input.product.vatRateBp)
  );
}
