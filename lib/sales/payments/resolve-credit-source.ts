import "server-only";
import type { Tx } from "@/lib/db/client";
import { lockRows } from "@/lib/db/transact";
import type { Scope } from "@/lib/auth/scope";
import { toMinor } from "@/lib/domain/money";
import { NotFoundError } from "@/lib/errors";
import { accountDocumentWhere, ownedDocumentWhere } from "../sales-scope";
import { creditRemainderInTx, paymentRemainderInTx } from "./find-open-amounts";

export type CreditSource = {
  kind: "payment" | "creditNote";
  id: string;
  number: string;
  accountId: string;
  currencyCode: string;
  remainder: number;
  link: { paymentId: string } | { creditNoteId: string };
};

/**
 * The money a customer has with us that can be applied or refunded: a payment's unapplied
 * remainder (refunds cannot be refunded) or an issued credit note's. The row is locked before
 * the remainder is read, so racing applications and refunds of one source run one after another.
 */
export async function resolveCreditSourceInTx(tx: Tx, scope: Scope, ref: { paymentId: string | null; creditNoteId: string | null }): Promise<CreditSource> {
  if (ref.paymentId) {
    await lockRows(tx, "Payment", [ref.paymentId]);
    const p = await tx.payment.findFirst({
      where: { id: ref.paymentId, kind: { not: "REFUND" }, ...accountDocumentWhere(scope) },
      select: { id: true, number: true, accountId: true, currencyCode: true },
    });
    if (!p) throw new NotFoundError();
    return { kind: "payment", id: p.id, number: p.number, accountId: p.accountId, currencyCode: p.currencyCode, remainder: await paymentRemainderInTx(tx, p.id), link: { paymentId: p.id } };
  }
  if (!ref.creditNoteId) throw new NotFoundError();
  await lockRows(tx, "Invoice", [ref.creditNoteId]);
  const note = await tx.invoice.findFirst({
    where: { id: ref.creditNoteId, kind: "CREDIT_NOTE", status: "issued", ...ownedDocumentWhere(scope) },
    select: { id: true, number: true, accountId: true, currencyCode: true, total: true },
  });
  if (!note) throw new NotFoundError();
  const remainder = await creditRemainderInTx(tx, note.id);
  return { kind: "creditNote", id: note.id, number: note.number ?? "", accountId: note.accountId, currencyCode: note.currencyCode, remainder: Math.min(remainder, toMinor(note.total)), link: { creditNoteId: note.id } };
}
