import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { writeAudit } from "@/lib/audit/write-audit";
import { assertCan } from "@/lib/auth/permissions";
import { transact } from "@/lib/db/transact";
import { AppError, NotFoundError } from "@/lib/errors";
import { companyDay } from "@/lib/pricing/company-day";
import { ownedDocumentWhere, salesScope } from "@/lib/sales/sales-scope";
import { accountInScope } from "./order-values";

/**
 * Copies an order into a new draft for today (same customer, terms and lines). An order on credit
 * hold is refused: copying it would route around the hold.
 */
export async function duplicateOrder({ actor, id, today = companyDay() }: { actor: Actor; id: string; today?: string }): Promise<{ id: string }> {
  assertCan(actor, "sales.manage");
  const scope = await salesScope(actor);
  return transact(async (tx) => {
    const source = await tx.salesOrder.findFirst({ where: { AND: [{ id }, ownedDocumentWhere(scope)] }, include: { lines: { orderBy: { position: "asc" } } } });
    if (!source) throw new NotFoundError();
    if (source.creditHold) throw new AppError("credit.onHold", { number: source.number ?? "" }, 409);
    await accountInScope(tx, scope, source.accountId);
    const copy = await tx.salesOrder.create({
      data: {
        accountId: source.accountId,
        contactId: source.contactId,
        ownerId: actor.id,
        teamId: actor.teamId,
        warehouseId: source.warehouseId,
        currencyCode: source.currencyCode,
        exchangeRate: source.exchangeRate,
        priceListId: source.priceListId,
        pricesIncludeTax: source.pricesIncludeTax,
        orderDate: today,
        paymentTermsDays: source.paymentTermsDays,
        shippingAddress: source.shippingAddress,
        notes: source.notes,
        subtotal: source.subtotal,
        taxTotal: source.taxTotal,
        total: source.total,
        totalBase: source.totalBase,
        prepaymentRequired: source.prepaymentRequired,
        createdById: actor.id,
        lines: {
          create: source.lines.map((l) => ({
            position: l.position, productId: l.productId, description: l.description, configuration: l.configuration, uom: l.uom, stockTracked: l.stockTracked,
            quantity: l.quantity, unitPrice: l.unitPrice, discountBp: l.discountBp, vatRateBp: l.vatRateBp, unitCost: l.unitCost, net: l.net, tax: l.tax, gross: l.gross,
          })),
        },
      },
      select: { id: true },
    });
    await writeAudit(tx, { actor, action: "create", entityType: "SalesOrder", entityId: copy.id, after: { duplicateOf: source.id } });
    return { id: copy.id };
  });
}
