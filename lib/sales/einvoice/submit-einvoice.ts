import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { loadScope } from "@/lib/auth/load-scope";
import { assertCan } from "@/lib/auth/permissions";
import { writeAudit } from "@/lib/audit/write-audit";
import { db } from "@/lib/db/client";
import { transact } from "@/lib/db/transact";
import { toMinor } from "@/lib/domain/money";
import { AppError, NotFoundError } from "@/lib/errors";
import { ownedDocumentWhere } from "@/lib/sales/sales-scope";
import { activeEInvoiceProvider, type EInvoiceStatus } from "./provider";

/**
 * Submits an issued invoice or credit note to the registered national e-invoice provider and
 * records its answer (provider, status, reference) on the invoice. The document itself stays
 * immutable; only the e-invoice columns change. Claimed first with a conditional UPDATE
 * (status "" → "pending"), so two clicks submit once; a failed call gives the claim back.
 */
export async function submitEInvoice({ actor, invoiceId }: { actor: Actor; invoiceId: string }): Promise<{ status: EInvoiceStatus; ref: string }> {
  assertCan(actor, "billing.manage");
  const provider = activeEInvoiceProvider();
  if (!provider) throw new NotFoundError();
  const scope = await loadScope(actor);
  const inv = await db.invoice.findFirst({
    where: { AND: [{ id: invoiceId, status: "issued" }, ownedDocumentWhere(scope)] },
    select: {
      id: true,
      kind: true,
      number: true,
      issueDate: true,
      currencyCode: true,
      buyerName: true,
      buyerTaxId: true,
      buyerAddress: true,
      subtotal: true,
      taxTotal: true,
      total: true,
      originalInvoice: { select: { number: true } },
      lines: { orderBy: { position: "asc" }, select: { description: true, uom: true, quantity: true, net: true, tax: true, vatRateBp: true } },
    },
  });
  if (!inv?.number) throw new NotFoundError();
  const claimed = await db.invoice.updateMany({ where: { id: inv.id, einvoiceStatus: { in: ["", "rejected"] } }, data: { einvoiceProvider: provider.name, einvoiceStatus: "pending" } });
  if (claimed.count !== 1) throw new AppError("invoices.einvoiceSubmitted", {}, 409);

  let answer: { status: EInvoiceStatus; ref: string };
  try {
    answer = await provider.submit({
      invoiceId: inv.id,
      kind: inv.kind === "CREDIT_NOTE" ? "CREDIT_NOTE" : "INVOICE",
      number: inv.number,
      issueDate: inv.issueDate,
      currencyCode: inv.currencyCode,
      originalNumber: inv.originalInvoice?.number ?? null,
      buyer: { name: inv.buyerName, taxId: inv.buyerTaxId, address: inv.buyerAddress },
      lines: inv.lines.map((l) => ({ ...l, net: toMinor(l.net), tax: toMinor(l.tax) })),
      subtotal: toMinor(inv.subtotal),
      taxTotal: toMinor(inv.taxTotal),
      total: toMinor(inv.total),
    });
  } catch (error) {
    await db.invoice.update({ where: { id: inv.id }, data: { einvoiceStatus: "" } });
    throw error;
  }
  await transact(async (tx) => {
    await tx.invoice.update({ where: { id: inv.id }, data: { einvoiceStatus: answer.status, einvoiceRef: answer.ref.slice(0, 200) } });
    await writeAudit(tx, { actor, action: "einvoice", entityType: "Invoice", entityId: inv.id, after: { provider: provider.name, ...answer } });
  });
  return answer;
}
