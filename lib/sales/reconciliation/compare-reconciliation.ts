import { lineValue } from "@/lib/domain/credit-exposure";
import { convert, sumMoney } from "@/lib/domain/money";

// 实际销售商品金额与帐面金额核对, pure. Four views of one period's sales, in base currency:
//   (a) goods delivered (net of returns) valued at their order lines' prices, against the
//       quantities of those same delivery lines that issued invoices (less credit notes) bill;
//   (b) the issued invoices and credit notes themselves;
//   (c) the sales facts written with them;
//   (d) the receivables ledger entries written with them.
// Every disagreement becomes one difference naming the document that causes it. Values of
// delivered and invoiced quantities both use lineValue (pro rata of the order line's rounded
// amounts), so equal quantities always give equal values — a fen of rounding is never reported.

export type DocumentKind = "INVOICE" | "CREDIT_NOTE";

export type DeliveredLine = {
  deliveryLineId: string;
  deliveryId: string;
  deliveryNumber: string;
  deliveryDate: string;
  orderId: string;
  orderNumber: string;
  accountId: string;
  /** Delivered quantity less returned, thousandths. */
  keptQty: number;
  /** Quantity billed for this delivery line by issued invoices less issued credit notes. */
  invoicedQty: number;
  orderLine: { quantity: number; net: number; gross: number };
  currencyCode: string;
  exchangeRate: string;
  orderDate: string;
};

/** Goods invoiced from an order line without a delivery line, while the order line shows more billed than delivered. */
export type UndeliveredInvoiceLine = {
  invoiceId: string;
  invoiceNumber: string;
  accountId: string;
  /** Billed beyond what was delivered (net of returns and credits) on the order line, thousandths. */
  excessQty: number;
  orderId: string;
  orderNumber: string;
  orderLine: { quantity: number; net: number; gross: number };
  currencyCode: string;
  exchangeRate: string;
  orderDate: string;
};

/** An issued invoice or credit note; amounts as stored (positive), line sums over its lines. */
export type IssuedDocument = {
  id: string;
  number: string;
  kind: DocumentKind;
  accountId: string;
  currencyCode: string;
  subtotal: number;
  total: number;
  totalBase: number;
  netBase: number;
  lines: { count: number; quantity: number; net: number };
};

/** Sums of the sales facts of one invoice (signed as stored: credit notes negative). */
export type FactSums = { invoiceId: string; count: number; quantity: number; revenue: number; revenueBase: number; taxBase: number };

/** One INVOICE or CREDIT_NOTE ledger entry (signed as stored). */
export type LedgerEntry = { id: string; documentId: string; number: string; kind: string; accountId: string; amount: number; amountBase: number };

export type DifferenceKind =
  | "delivered_not_invoiced"
  | "invoiced_not_delivered"
  | "facts_missing"
  | "facts_mismatch"
  | "ledger_missing"
  | "ledger_mismatch"
  | "ledger_orphan";

export type Difference = {
  kind: DifferenceKind;
  /** The document that causes it: where the link goes. */
  documentType: "delivery" | "invoice" | "ledger";
  documentId: string;
  number: string;
  accountId: string;
  /** The related order (delivery and goods lines). */
  orderId?: string;
  orderNumber?: string;
  /** Thousandths, for the goods differences. */
  quantity?: number;
  /** What the reference side says and what the compared side says, base currency gross. */
  expected: number;
  actual: number;
  difference: number;
};

export type Totals = { net: number; gross: number };

export type ReconciliationSummary = {
  delivered: Totals;
  deliveredInvoiced: Totals;
  invoices: Totals;
  facts: Totals;
  ledger: Totals;
  counts: { deliveryLines: number; invoices: number; creditNotes: number; facts: number; ledgerEntries: number };
};

export type Reconciliation = { summary: ReconciliationSummary; differences: Difference[] };

const sign = (kind: string) => (kind === "CREDIT_NOTE" ? -1 : 1);

function toBase(minor: number, line: { currencyCode: string; exchangeRate: string; orderDate: string }, baseCurrency: string): number {
  if (minor === 0 || line.currencyCode === baseCurrency) return minor;
  return convert(minor, line.currencyCode, baseCurrency, { rate: line.exchangeRate, date: line.orderDate }).amount;
}

/** The base-currency net and gross of `qty` of an order line (pro rata, like credit exposure). */
export function valueOf(line: { orderLine: { quantity: number; net: number; gross: number }; currencyCode: string; exchangeRate: string; orderDate: string }, qty: number, baseCurrency: string): Totals {
  const ol = line.orderLine;
  return {
    net: toBase(lineValue({ gross: ol.net, quantity: ol.quantity }, qty), line, baseCurrency),
    gross: toBase(lineValue(ol, qty), line, baseCurrency),
  };
}

const add = (a: Totals, b: Totals): Totals => ({ net: a.net + b.net, gross: a.gross + b.gross });
const ZERO: Totals = { net: 0, gross: 0 };

/** (a): goods delivered in the period against what was billed for them. */
export function compareDeliveries(lines: DeliveredLine[], undelivered: UndeliveredInvoiceLine[], baseCurrency: string) {
  let delivered = ZERO;
  let deliveredInvoiced = ZERO;
  const differences: Difference[] = [];
  for (const l of lines) {
    const kept = valueOf(l, l.keptQty, baseCurrency);
    const billed = valueOf(l, l.invoicedQty, baseCurrency);
    delivered = add(delivered, kept);
    deliveredInvoiced = add(deliveredInvoiced, billed);
    if (l.keptQty === l.invoicedQty) continue;
    differences.push({
      kind: l.keptQty > l.invoicedQty ? "delivered_not_invoiced" : "invoiced_not_delivered",
      documentType: "delivery",
      documentId: l.deliveryId,
      number: l.deliveryNumber,
      accountId: l.accountId,
      orderId: l.orderId,
      orderNumber: l.orderNumber,
      quantity: l.keptQty - l.invoicedQty,
      expected: kept.gross,
      actual: billed.gross,
      difference: billed.gross - kept.gross,
    });
  }
  for (const u of undelivered) {
    if (u.excessQty <= 0) continue;
    const value = valueOf(u, u.excessQty, baseCurrency);
    differences.push({
      kind: "invoiced_not_delivered",
      documentType: "invoice",
      documentId: u.invoiceId,
      number: u.invoiceNumber,
      accountId: u.accountId,
      orderId: u.orderId,
      orderNumber: u.orderNumber,
      quantity: -u.excessQty,
      expected: 0,
      actual: value.gross,
      difference: value.gross,
    });
  }
  return { delivered, deliveredInvoiced, differences };
}

/** (b)–(d): each issued document against its facts and its ledger entry, and stray entries. */
export function compareDocuments(docs: IssuedDocument[], facts: FactSums[], entries: LedgerEntry[]) {
  const factsBy = new Map(facts.map((f) => [f.invoiceId, f]));
  const entryBy = new Map(entries.map((e) => [e.documentId, e]));
  const docIds = new Set(docs.map((d) => d.id));
  const differences: Difference[] = [];
  let invoices = ZERO;
  let factTotals = ZERO;
  let ledger = ZERO;
  const ref = (d: IssuedDocument) => ({ documentType: "invoice" as const, documentId: d.id, number: d.number, accountId: d.accountId });

  for (const d of docs) {
    const s = sign(d.kind);
    const gross = s * d.totalBase;
    invoices = add(invoices, { net: s * d.netBase, gross });

    const f = factsBy.get(d.id);
    if (!f || f.count === 0) {
      differences.push({ kind: "facts_missing", ...ref(d), expected: gross, actual: 0, difference: -gross });
    } else {
      const factGross = f.revenueBase + f.taxBase;
      // Document currency is exact: facts must repeat every line's quantity and net.
      const same = f.count === d.lines.count && f.quantity === s * d.lines.quantity && f.revenue === s * d.lines.net && f.revenue === s * d.subtotal && factGross === gross;
      if (!same) differences.push({ kind: "facts_mismatch", ...ref(d), expected: gross, actual: factGross, difference: factGross - gross });
    }

    const e = entryBy.get(d.id);
    if (!e) {
      differences.push({ kind: "ledger_missing", ...ref(d), expected: gross, actual: 0, difference: -gross });
    } else {
      ledger = add(ledger, { net: 0, gross: e.amountBase });
      const same = e.amount === s * d.total && e.amountBase === gross && e.kind === d.kind && e.accountId === d.accountId && e.number === d.number;
      if (!same) differences.push({ kind: "ledger_mismatch", ...ref(d), expected: gross, actual: e.amountBase, difference: e.amountBase - gross });
    }
  }
  for (const f of facts) {
    factTotals = add(factTotals, { net: f.revenueBase, gross: f.revenueBase + f.taxBase });
    // Facts of a document that is not an issued invoice of the period are stray too.
    if (!docIds.has(f.invoiceId)) differences.push({ kind: "facts_mismatch", documentType: "invoice", documentId: f.invoiceId, number: "", accountId: "", expected: 0, actual: f.revenueBase + f.taxBase, difference: f.revenueBase + f.taxBase });
  }
  for (const e of entries) {
    if (docIds.has(e.documentId)) continue;
    ledger = add(ledger, { net: 0, gross: e.amountBase });
    differences.push({ kind: "ledger_orphan", documentType: "ledger", documentId: e.documentId, number: e.number, accountId: e.accountId, expected: 0, actual: e.amountBase, difference: e.amountBase });
  }
  return { invoices, facts: factTotals, ledger, differences };
}

/** The whole report from the four sides' rows. */
export function reconcile(input: {
  baseCurrency: string;
  deliveredLines: DeliveredLine[];
  undelivered: UndeliveredInvoiceLine[];
  documents: IssuedDocument[];
  facts: FactSums[];
  entries: LedgerEntry[];
}): Reconciliation {
  const a = compareDeliveries(input.deliveredLines, input.undelivered, input.baseCurrency);
  const b = compareDocuments(input.documents, input.facts, input.entries);
  return {
    summary: {
      delivered: a.delivered,
      deliveredInvoiced: a.deliveredInvoiced,
      invoices: b.invoices,
      facts: b.facts,
      ledger: b.ledger,
      counts: {
        deliveryLines: input.deliveredLines.length,
        invoices: input.documents.filter((d) => d.kind === "INVOICE").length,
        creditNotes: input.documents.filter((d) => d.kind === "CREDIT_NOTE").length,
        facts: sumMoney(input.facts.map((f) => f.count)),
        ledgerEntries: input.entries.length,
      },
    },
    differences: [...a.differences, ...b.differences],
  };
}
