import "server-only";
import type { Tx } from "@/lib/db/client";
import { convert, lineAmount, toMinor } from "@/lib/domain/money";
import { splitBase } from "@/lib/sales/invoices/invoice-base";

/**
 * Writes the sales facts of an issued invoice or credit note: one row per line, inside the
 * issuing transaction, so reports (which read only facts) always equal the posted documents.
 * Credit notes are negative. Region and province come from the account, the category from the
 * product, owner and team from the document; revenue is net; cost = unit cost × quantity.
 * Base amounts are shares of the document's totalBase (see invoice-base.ts), so Σ facts
 * (revenueBase + taxBase) = the document's totalBase exactly.
 */
export async function writeSalesFactsInTx(tx: Tx, invoiceId: string): Promise<void> {
  const invoice = await tx.invoice.findUniqueOrThrow({
    where: { id: invoiceId },
    select: {
      id: true,
      kind: true,
      status: true,
      issueDate: true,
      accountId: true,
      ownerId: true,
      teamId: true,
      currencyCode: true,
      exchangeRate: true,
      taxTotal: true,
      totalBase: true,
      account: { select: { region: true, province: true } },
      lines: {
        orderBy: { position: "asc" },
        select: { id: true, productId: true, quantity: true, unitCost: true, net: true, tax: true, gross: true, product: { select: { categoryId: true } } },
      },
    },
  });
  if (invoice.status !== "issued") throw new Error(`sales facts of a ${invoice.status} invoice`);
  const company = await tx.company.findUnique({ where: { id: "company" }, select: { baseCurrency: true } });
  const baseCurrency = company?.baseCurrency ?? "CNY";
  const taxTotal = toMinor(invoice.taxTotal);
  const taxTotalBase = taxTotal === 0 ? 0 : convert(taxTotal, invoice.currencyCode, baseCurrency, { rate: invoice.exchangeRate, date: invoice.issueDate }).amount;
  const lines = invoice.lines.map((l) => ({ ...l, net: toMinor(l.net), tax: toMinor(l.tax), gross: toMinor(l.gross) }));
  const bases = splitBase(lines, toMinor(invoice.totalBase), taxTotalBase);
  const sign = invoice.kind === "CREDIT_NOTE" ? -1 : 1;
  const signed = (n: number) => BigInt(sign * n);

  await tx.salesFact.createMany({
    data: lines.map((l, i) => ({
      invoiceId: invoice.id,
      invoiceLineId: l.id,
      kind: invoice.kind,
      factDate: invoice.issueDate,
      month: invoice.issueDate.slice(0, 7),
      accountId: invoice.accountId,
      region: invoice.account.region,
      province: invoice.account.province,
      categoryId: l.product?.categoryId ?? null,
      productId: l.productId,
      ownerId: invoice.ownerId,
      teamId: invoice.teamId,
      currencyCode: invoice.currencyCode,
      quantity: sign * l.quantity,
      revenue: signed(l.net),
      revenueBase: signed(bases[i].netBase),
      taxBase: signed(bases[i].taxBase),
      costBase: signed(lineAmount(l.unitCost, l.quantity)),
    })),
  });
}
