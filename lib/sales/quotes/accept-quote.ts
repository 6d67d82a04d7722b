import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { writeAudit } from "@/lib/audit/write-audit";
import { transact } from "@/lib/db/transact";
import { percentOf, toMinor } from "@/lib/domain/money";
import { AppError } from "@/lib/errors";
import { companyDay } from "@/lib/pricing/company-day";
import { salesScope } from "@/lib/sales/sales-scope";
import type { QuoteAcceptInput } from "@/lib/validation/quotes";
import { loadQuoteForUpdate } from "./load-quote-for-update";
import { winOpportunityInTx } from "./win-opportunity";

/**
 * The customer accepts the current, sent, still valid revision (staff record it now; the portal
 * will call this too). One transaction: the quote becomes accepted, a draft sales order copies
 * the revision's lines with their exact amounts, and the opportunity is won with the quote's
 * total — all or nothing. Racing accepts make one order: the quote row is locked, the status
 * change is conditional, and SalesOrder.quoteId is unique.
 */
export async function acceptQuote({ actor, input, now = new Date() }: { actor: Actor; input: QuoteAcceptInput; now?: Date }): Promise<{ id: string; orderId: string }> {
  assertCan(actor, "sales.manage");
  const scope = await salesScope(actor);
  const today = companyDay(now);
  return transact(async (tx) => {
    const quote = await loadQuoteForUpdate(tx, scope, input.id);
    if (input.revision !== quote.currentRevision) throw new AppError("quotes.notCurrentRevision");
    if (quote.status === "expired" || (quote.status === "sent" && quote.validUntil < today)) throw new AppError("quotes.expired");
    if (quote.status !== "sent") throw new AppError("quotes.wrongStatus");
    const { count } = await tx.quote.updateMany({ where: { id: quote.id, status: "sent", currentRevision: input.revision }, data: { status: "accepted", decidedAt: now } });
    if (count !== 1) throw new AppError("quotes.wrongStatus");

    const account = await tx.account.findUniqueOrThrow({ where: { id: quote.accountId }, select: { prepaymentBp: true, shippingAddress: true } });
    const warehouse = await tx.warehouse.findFirst({ where: { isDefault: true, active: true }, orderBy: { id: "asc" }, select: { id: true } });
    if (!warehouse) throw new AppError("quotes.noWarehouse");
    const r = quote.current;
    const lines = await tx.quoteLine.findMany({ where: { revisionId: r.id }, orderBy: { position: "asc" }, include: { product: { select: { stockTracked: true } } } });
    const total = toMinor(r.total);
    const order = await tx.salesOrder.create({
      data: {
        accountId: quote.accountId,
        contactId: quote.contactId,
        quoteId: quote.id,
        opportunityId: quote.opportunityId,
        ownerId: quote.ownerId,
        teamId: quote.teamId,
        warehouseId: warehouse.id,
        currencyCode: r.currencyCode,
        exchangeRate: r.exchangeRate,
        priceListId: r.priceListId,
        pricesIncludeTax: r.pricesIncludeTax,
        orderDate: today,
        paymentTermsDays: r.paymentTermsDays,
        shippingAddress: account.shippingAddress,
        notes: r.notes,
        subtotal: r.subtotal,
        taxTotal: r.taxTotal,
        total: r.total,
        totalBase: r.totalBase,
        prepaymentRequired: BigInt(percentOf(total, account.prepaymentBp)),
        createdById: actor.id,
        lines: {
          create: lines.map((l) => ({
            position: l.position,
            productId: l.productId,
            description: l.description,
            configuration: l.configuration,
            uom: l.uom,
            stockTracked: l.product?.stockTracked ?? false,
            quantity: l.quantity,
            unitPrice: l.unitPrice,
            discountBp: l.discountBp,
            vatRateBp: l.vatRateBp,
            unitCost: l.unitCost,
            net: l.net,
            tax: l.tax,
            gross: l.gross,
          })),
        },
      },
      select: { id: true },
    });
    if (quote.opportunityId) await winOpportunityInTx(tx, actor, { opportunityId: quote.opportunityId, amount: total, currencyCode: r.currencyCode, today });
    await writeAudit(tx, { actor, action: "create", entityType: "SalesOrder", entityId: order.id, after: { quoteId: quote.id, status: "draft", total: r.total, lines: lines.length } });
    await writeAudit(tx, { actor, action: "accept", entityType: "Quote", entityId: quote.id, before: { status: "sent" }, after: { status: "accepted", revision: quote.currentRevision, orderId: order.id, total: r.total } });
    return { id: quote.id, orderId: order.id };
  });
}
