import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { scopeWithin } from "@/lib/auth/load-scope";
import { assertCan, can } from "@/lib/auth/permissions";
import { writeAudit } from "@/lib/audit/write-audit";
import type { Tx } from "@/lib/db/client";
import { lockRows, transact } from "@/lib/db/transact";
import { convert, sumMoney, toMinor } from "@/lib/domain/money";
import { AccessDeniedError, AppError, NotFoundError } from "@/lib/errors";
import { companyDay, dayToInstant } from "@/lib/pricing/company-day";
import { writeSalesFactsInTx } from "@/lib/sales/facts/write-sales-facts";
import { adjustOrderLineInTx } from "@/lib/sales/orders/adjust-order-line";
import { postReceivableEntryInTx } from "@/lib/sales/receivables/post-receivable-entry";
import { ownedDocumentWhere } from "@/lib/sales/sales-scope";
import { nextDocumentNumber } from "@/lib/settings/numbering/next-document-number";
import { adjustDeliveryLineInTx } from "./adjust-delivery-line";
import { creditableQuantity, creditLineAmounts } from "./credit-note-lines";
import { refreshOrders } from "./issue-invoice";

export type CreditNoteInput = {
  actor: Actor;
  originalInvoiceId: string;
  /** Quantities (thousandths) per original line, or "all" for a full credit of what is left. */
  lines: { originalLineId: string; quantity: number }[] | "all";
  reason: string;
  /** The return this credit note settles (posted by the deliveries service in the same transaction). */
  salesReturnId?: string;
  date: string;
};

export type IssuedCreditNote = { id: string; number: string; total: number; allocated: number };

/**
 * Issues a credit note (红字发票, kind CREDIT_NOTE) against an issued invoice, in the caller's
 * transaction. The original is locked first so two credits (or a credit and a payment
 * allocation) on one invoice run one after another; each line may be credited up to what was
 * invoiced less what earlier credit notes took. The credit note is numbered from the
 * CREDIT_NOTE sequence, moves order-line and delivery-line credited quantities, writes the
 * ledger (−total, at the original's rate) and negative facts, and is applied to the original's
 * open amount; the rest stays as the customer's credit for the payments desk.
 */
export async function issueCreditNoteInTx(tx: Tx, input: CreditNoteInput): Promise<IssuedCreditNote> {
  const { actor } = input;
  // A return posted in the warehouse credits its invoice too; otherwise this is finance's job.
  if (!(can(actor, "billing.manage") || (input.salesReturnId && can(actor, "delivery.manage")))) throw new AccessDeniedError();
  assertCan(actor, "sales.read");
  const reason = input.reason.trim();
  if (!reason) throw new AppError("invoices.reasonRequired", {}, 422);

  const scope = await scopeWithin(tx, actor);
  const visible = await tx.invoice.findFirst({ where: { AND: [{ id: input.originalInvoiceId }, ownedDocumentWhere(scope)] }, select: { id: true } });
  if (!visible) throw new NotFoundError();
  await lockRows(tx, "Invoice", [visible.id]);
  const original = await tx.invoice.findUniqueOrThrow({
    where: { id: visible.id },
    select: {
      id: true,
      kind: true,
      status: true,
      number: true,
      accountId: true,
      ownerId: true,
      teamId: true,
      currencyCode: true,
      exchangeRate: true,
      issueDate: true,
      pricesIncludeTax: true,
      buyerReference: true,
      orderReference: true,
      buyerName: true,
      buyerTaxId: true,
      buyerAddress: true,
      total: true,
      totalBase: true,
      lines: { orderBy: { position: "asc" } },
    },
  });
  if (original.kind !== "INVOICE" || original.status !== "issued") throw new AppError("invoices.notIssued", {}, 409);
  if (input.salesReturnId) {
    const ret = await tx.salesReturn.findUnique({ where: { id: input.salesReturnId }, select: { accountId: true } });
    if (!ret || ret.accountId !== original.accountId) throw new NotFoundError();
  }

  const earlier = await tx.invoice.findMany({
    where: { originalInvoiceId: original.id, kind: "CREDIT_NOTE", status: "issued" },
    select: { totalBase: true, lines: { select: { originalLineId: true, quantity: true, net: true, tax: true, gross: true } } },
  });
  const creditedBy = new Map<string, { quantity: number; net: number; tax: number; gross: number }>();
  for (const l of earlier.flatMap((e) => e.lines)) {
    if (!l.originalLineId) continue;
    const c = creditedBy.get(l.originalLineId) ?? { quantity: 0, net: 0, tax: 0, gross: 0 };
    creditedBy.set(l.originalLineId, { quantity: c.quantity + l.quantity, net: c.net + toMinor(l.net), tax: c.tax + toMinor(l.tax), gross: c.gross + toMinor(l.gross) });
  }
  const creditable = original.lines.map((l) => ({
    line: l,
    c: {
      quantity: l.quantity,
      unitPrice: l.unitPrice,
      discountBp: l.discountBp,
      vatRateBp: l.vatRateBp,
      net: toMinor(l.net),
      tax: toMinor(l.tax),
      gross: toMinor(l.gross),
      credited: creditedBy.get(l.id) ?? { quantity: 0, net: 0, tax: 0, gross: 0 },
    },
  }));
  const byId = new Map(creditable.map((x) => [x.line.id, x]));

  const picks =
    input.lines === "all"
      ? creditable.map((x) => ({ originalLineId: x.line.id, quantity: creditableQuantity(x.c) })).filter((p) => p.quantity > 0)
      : input.lines.filter((p) => p.quantity !== 0);
  if (picks.length === 0) throw new AppError("invoices.nothingToCredit", {}, 422);
  if (new Set(picks.map((p) => p.originalLineId)).size !== picks.length) throw new AppError("invoices.duplicateSource", {}, 422);

  const lines = picks.map((pick, position) => {
    const x = byId.get(pick.originalLineId);
    if (!x) throw new NotFoundError();
    const amounts = creditLineAmounts(x.c, pick.quantity, original.pricesIncludeTax);
    if (!amounts) throw new AppError("invoices.overCredited", { description: x.line.description }, 409);
    const l = x.line;
    return {
      position,
      orderLineId: l.orderLineId,
      deliveryLineId: l.deliveryLineId,
      originalLineId: l.id,
      productId: l.productId,
      description: l.description,
      uom: l.uom,
      quantity: pick.quantity,
      unitPrice: l.unitPrice,
      discountBp: l.discountBp,
      vatRateBp: l.vatRateBp,
      vatCategory: l.vatCategory,
      unitCost: l.unitCost,
      ...amounts,
    };
  });

  const subtotal = sumMoney(lines.map((l) => l.net));
  const taxTotal = sumMoney(lines.map((l) => l.tax));
  const total = sumMoney(lines.map((l) => l.gross));
  const company = await tx.company.findUnique({ where: { id: "company" }, select: { baseCurrency: true } });
  const baseCurrency = company?.baseCurrency ?? "CNY";
  // A credit reverses the original at the original's rate; the one that completes it takes
  // exactly the base amount left, so a fully credited invoice nets to zero in base currency too.
  const completes = creditable.every((x) => creditableQuantity(x.c) === (picks.find((p) => p.originalLineId === x.line.id)?.quantity ?? 0));
  const totalBase = completes
    ? toMinor(original.totalBase) - sumMoney(earlier.map((e) => toMinor(e.totalBase)))
    : convert(total, original.currencyCode, baseCurrency, { rate: original.exchangeRate, date: original.issueDate }).amount;

  const number = await nextDocumentNumber(tx, "CREDIT_NOTE", dayToInstant(input.date));
  const note = await tx.invoice.create({
    data: {
      kind: "CREDIT_NOTE",
      number,
      status: "issued",
      accountId: original.accountId,
      ownerId: original.ownerId,
      teamId: original.teamId,
      currencyCode: original.currencyCode,
      exchangeRate: original.exchangeRate,
      pricesIncludeTax: original.pricesIncludeTax,
      issueDate: input.date,
      dueDate: input.date,
      paymentTermsDays: 0,
      buyerReference: original.buyerReference,
      orderReference: original.orderReference,
      buyerName: original.buyerName,
      buyerTaxId: original.buyerTaxId,
      buyerAddress: original.buyerAddress,
      subtotal: BigInt(subtotal),
      taxTotal: BigInt(taxTotal),
      total: BigInt(total),
      totalBase: BigInt(totalBase),
      originalInvoiceId: original.id,
      creditReason: reason.slice(0, 500),
      issuedAt: new Date(),
      issuedById: actor.id,
      createdById: actor.id,
      lines: { create: lines.map((l) => ({ ...l, net: BigInt(l.net), tax: BigInt(l.tax), gross: BigInt(l.gross) })) },
    },
    select: { id: true },
  });

  const orderLineIds = new Set<string>();
  for (const l of lines) {
    if (l.orderLineId) {
      await adjustOrderLineInTx(tx, l.orderLineId, "creditedQty", l.quantity);
      orderLineIds.add(l.orderLineId);
    }
    if (l.deliveryLineId) await adjustDeliveryLineInTx(tx, l.deliveryLineId, "creditedQty", l.quantity, l.description);
  }
  await refreshOrders(tx, [...orderLineIds]);

  await postReceivableEntryInTx(tx, {
    accountId: original.accountId,
    entryDate: input.date,
    kind: "CREDIT_NOTE",
    documentType: "invoice",
    documentId: note.id,
    number,
    currencyCode: original.currencyCode,
    amount: -total,
    amountBase: -totalBase,
  });
  await writeSalesFactsInTx(tx, note.id);

  // Apply the credit to what the customer still owes on the original (locked above).
  const applied = await tx.allocation.aggregate({ where: { invoiceId: original.id }, _sum: { amount: true } });
  const open = toMinor(original.total) - toMinor(applied._sum.amount ?? 0n);
  const allocated = Math.max(0, Math.min(open, total));
  if (allocated > 0) {
    await tx.allocation.create({
      data: { accountId: original.accountId, invoiceId: original.id, creditNoteId: note.id, amount: BigInt(allocated), currencyCode: original.currencyCode, allocatedAt: input.date, createdById: actor.id },
    });
  }
  await writeAudit(tx, {
    actor,
    action: "issue",
    entityType: "Invoice",
    entityId: note.id,
    after: { kind: "CREDIT_NOTE", number, originalInvoiceId: original.id, original: original.number, total, totalBase, allocated, reason, salesReturnId: input.salesReturnId ?? null },
  });
  return { id: note.id, number, total, allocated };
}

/** A standalone credit note from the invoice page, in its own transaction, dated today. */
export async function createCreditNote(input: Omit<CreditNoteInput, "date" | "salesReturnId"> & { date?: string }): Promise<IssuedCreditNote> {
  assertCan(input.actor, "billing.manage");
  return transact((tx) => issueCreditNoteInTx(tx, { ...input, date: input.date ?? companyDay() }));
}
