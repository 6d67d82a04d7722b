import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { loadScope } from "@/lib/auth/load-scope";
import { assertCan } from "@/lib/auth/permissions";
import { changedFields, writeAudit } from "@/lib/audit/write-audit";
import { transact } from "@/lib/db/transact";
import { AppError, NotFoundError } from "@/lib/errors";
import { ownedDocumentWhere } from "@/lib/sales/sales-scope";

export type InvoiceDraftChanges = { notes?: string; buyerReference?: string; paymentTermsDays?: number };

/**
 * Changes the header of a draft invoice (notes, buyer reference, payment terms). Issued and
 * void invoices are immutable: the UPDATE is conditional on status draft, so a change racing
 * the issue either lands before it or is refused — never after.
 */
export async function updateInvoiceDraft({ actor, invoiceId, changes }: { actor: Actor; invoiceId: string; changes: InvoiceDraftChanges }): Promise<void> {
  assertCan(actor, "billing.manage");
  const scope = await loadScope(actor);
  await transact(async (tx) => {
    const invoice = await tx.invoice.findFirst({
      where: { AND: [{ id: invoiceId }, ownedDocumentWhere(scope)] },
      select: { id: true, notes: true, buyerReference: true, paymentTermsDays: true },
    });
    if (!invoice) throw new NotFoundError();
    const won = await tx.invoice.updateMany({ where: { id: invoice.id, status: "draft" }, data: changes });
    if (won.count !== 1) throw new AppError("invoices.notDraft", {}, 409);
    const diff = changedFields(invoice, changes);
    await writeAudit(tx, { actor, action: "update", entityType: "Invoice", entityId: invoice.id, ...diff });
  });
}
