// Test rows for the payment and receivables tests: issued invoices and credit notes written
// straight to the database with their ledger entries, so these tests do not depend on the
// invoice services (which another part of the code owns and tests).
import { db } from "@/lib/db/client";
import { transact } from "@/lib/db/transact";
import { uniqueName } from "@/lib/testing/factories";
import { postReceivableEntryInTx } from "../receivables/post-receivable-entry";

export async function createIssuedInvoiceRow(input: {
  accountId: string;
  ownerId: string;
  total: number;
  issueDate?: string;
  dueDate?: string;
  currencyCode?: string;
  kind?: "INVOICE" | "CREDIT_NOTE";
  originalInvoiceId?: string;
}) {
  const kind = input.kind ?? "INVOICE";
  const issueDate = input.issueDate ?? "2026-01-10";
  const dueDate = input.dueDate ?? issueDate;
  const currencyCode = input.currencyCode ?? "CNY";
  return transact(async (tx) => {
    const invoice = await tx.invoice.create({
      data: {
        kind,
        number: uniqueName(kind === "INVOICE" ? "INV" : "CN").toUpperCase(),
        status: "issued",
        accountId: input.accountId,
        ownerId: input.ownerId,
        currencyCode,
        issueDate,
        dueDate,
        subtotal: BigInt(input.total),
        total: BigInt(input.total),
        totalBase: BigInt(input.total),
        originalInvoiceId: input.originalInvoiceId ?? null,
        issuedAt: new Date(),
        createdById: input.ownerId,
      },
      select: { id: true, number: true },
    });
    const sign = kind === "INVOICE" ? 1 : -1;
    await postReceivableEntryInTx(tx, {
      accountId: input.accountId,
      entryDate: issueDate,
      kind,
      documentType: "invoice",
      documentId: invoice.id,
      number: invoice.number ?? "",
      currencyCode,
      amount: sign * input.total,
      amountBase: sign * input.total,
      dueDate: kind === "INVOICE" ? dueDate : "",
    });
    return { id: invoice.id, number: invoice.number ?? "" };
  });
}

/** Open amount of an invoice as the database says now. */
export async function openOf(invoiceId: string): Promise<number> {
  const inv = await db.invoice.findUniqueOrThrow({ where: { id: invoiceId }, select: { total: true } });
  const alloc = await db.allocation.aggregate({ where: { invoiceId }, _sum: { amount: true } });
  return Number(inv.total - (alloc._sum.amount ?? 0n));
}
