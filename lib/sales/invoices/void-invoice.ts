import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { loadScope } from "@/lib/auth/load-scope";
import { assertCan } from "@/lib/auth/permissions";
import { writeAudit } from "@/lib/audit/write-audit";
import { transact } from "@/lib/db/transact";
import { AppError, NotFoundError } from "@/lib/errors";
import { ownedDocumentWhere } from "@/lib/sales/sales-scope";

/**
 * Voids a draft invoice. Only a draft: it has no number and moved no ledger, so voiding it loses
 * nothing. An issued invoice is corrected by a credit note, never voided (its number must stay
 * in the gap-free series). Conditional UPDATE, so a void racing an issue cannot both win.
 */
export async function voidInvoice({ actor, invoiceId }: { actor: Actor; invoiceId: string }): Promise<void> {
  assertCan(actor, "billing.manage");
  const scope = await loadScope(actor);
  await transact(async (tx) => {
    const invoice = await tx.invoice.findFirst({ where: { AND: [{ id: invoiceId }, ownedDocumentWhere(scope)] }, select: { id: true, status: true } });
    if (!invoice) throw new NotFoundError();
    const won = await tx.invoice.updateMany({ where: { id: invoice.id, status: "draft" }, data: { status: "void", voidedAt: new Date() } });
    if (won.count !== 1) throw new AppError("invoices.notDraft", {}, 409);
    await writeAudit(tx, { actor, action: "void", entityType: "Invoice", entityId: invoice.id, before: { status: "draft" }, after: { status: "void" } });
  });
}
