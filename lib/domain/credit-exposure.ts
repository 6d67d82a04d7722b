import { divRoundHalfUp, toSafeNumber } from "./decimal";
import { convert, sumMoney } from "./money";
import { deliveredNotInvoiced, type LineQuantities, openToInvoice } from "./order-status";

// Credit exposure (信用额度占用), pure. In base currency:
//   exposure = receivables balance (open invoices − unapplied payments and credit notes)
//            + confirmed-not-invoiced orders (goods not yet delivered, services not yet invoiced)
//            + delivered-not-invoiced goods
// Orders on credit hold are not counted: a hold is exactly the order the limit refused; a
// recorded release makes it count again.

export type ExposureLine = LineQuantities & { gross: number };
export type ExposureOrder = { currencyCode: string; exchangeRate: string; orderDate: string; lines: ExposureLine[] };

export type ExposureParts = {
  openInvoices: number;
  unappliedCredits: number;
  confirmedNotInvoiced: number;
  deliveredNotInvoiced: number;
  total: number;
};

/** The gross value of `qty` of a line, pro rata to its rounded gross (half-up once). */
export function lineValue(line: { gross: number; quantity: number }, qty: number): number {
  if (qty === 0 || line.quantity === 0) return 0;
  return toSafeNumber(divRoundHalfUp(BigInt(line.gross) * BigInt(qty), BigInt(line.quantity)), "line value");
}

/** Uninvoiced value of one order in base currency, split into not-delivered and delivered. */
export function orderExposure(order: ExposureOrder, baseCurrency: string): { confirmed: number; delivered: number } {
  let confirmed = 0;
  let delivered = 0;
  for (const l of order.lines) {
    const dni = deliveredNotInvoiced(l);
    const rest = Math.max(0, openToInvoice(l) - dni);
    delivered += lineValue(l, dni);
    confirmed += lineValue(l, rest);
  }
  const toBase = (minor: number) =>
    order.currencyCode === baseCurrency ? minor : convert(minor, order.currencyCode, baseCurrency, { rate: order.exchangeRate, date: order.orderDate }).amount;
  return { confirmed: toBase(confirmed), delivered: toBase(delivered) };
}

/**
 * All parts. `ledgerBalance` is the sum of the customer's receivables ledger in base currency;
 * `openInvoices` the open amount of their issued invoices in base currency; the difference is
 * what they have paid or been credited but not yet applied.
 */
export function creditExposure(input: { ledgerBalance: number; openInvoices: number; orders: ExposureOrder[]; baseCurrency: string }): ExposureParts {
  const perOrder = input.orders.map((o) => orderExposure(o, input.baseCurrency));
  const confirmedNotInvoiced = sumMoney(perOrder.map((p) => p.confirmed));
  const delivered = sumMoney(perOrder.map((p) => p.delivered));
  const unappliedCredits = input.openInvoices - input.ledgerBalance;
  return {
    openInvoices: input.openInvoices,
    unappliedCredits,
    confirmedNotInvoiced,
    deliveredNotInvoiced: delivered,
    total: sumMoney([input.ledgerBalance, confirmedNotInvoiced, delivered]),
  };
}
