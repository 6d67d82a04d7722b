import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { writeAudit } from "@/lib/audit/write-audit";
import { assertCan } from "@/lib/auth/permissions";
import { Prisma } from "@/lib/db/generated/sqlite/client";
import { transact } from "@/lib/db/transact";
import { convert, toMinor } from "@/lib/domain/money";
import { AppError, FieldError, NotFoundError } from "@/lib/errors";
import { companyDay } from "@/lib/pricing/company-day";
import { applyCreditCheckInTx } from "@/lib/sales/credit/apply-credit-check";
import { recheckCreditHoldsInTx } from "@/lib/sales/credit/recheck-credit-holds";
import { ownedDocumentWhere, salesScope } from "@/lib/sales/sales-scope";
import type { OrderChangeInput } from "@/lib/validation/orders";
import { refreshOrderStatusInTx } from "./adjust-order-line";
import { editableHeader, lineRow } from "./draft-values";
import { diffOrder, type OrderChange } from "./order-diff";
import { checkHeaderRefs, priceOrderLines } from "./order-values";
import { prepaymentAmount } from "./prepayment";
import { reservationTarget, setReservationsInTx } from "./order-reservations";

/**
 * 订单变更: changes a confirmed order and records one SalesOrderChange (version n → n+1) with
 * every changed field, old and new, who, when and why. Lines may change quantity, price and
 * discount, be added or removed — never below what was delivered or invoiced (each line update is
 * a conditional UPDATE against the committed ledger, so a delivery posted meanwhile wins).
 * Reservations follow the new quantities; a higher total re-runs the credit check (an earlier
 * release covers it only up to the exposure it accepted).
 */
export async function changeOrder({ actor, input, today = companyDay() }: { actor: Actor; input: OrderChangeInput; today?: string }): Promise<{ id: string; version: number; changed: boolean; credit: string }> {
  assertCan(actor, "sales.manage");
  const scope = await salesScope(actor);
  return transact(async (tx) => {
    const order = await tx.salesOrder.findFirst({
      where: { AND: [{ id: input.id }, ownedDocumentWhere(scope)] },
      include: { lines: { orderBy: { position: "asc" } }, account: { select: { creditCheckAt: true } } },
    });
    if (!order) throw new NotFoundError();
    if (order.status !== "confirmed") throw new AppError("orders.notConfirmed", { number: order.number ?? "" }, 409);
    // Reservations live in one warehouse: moving them is a cancel and a new order.
    if (input.warehouseId !== order.warehouseId) throw new FieldError("warehouseId", "choice");

    const { pricesIncludeTax } = await checkHeaderRefs(tx, { accountId: order.accountId, contactId: input.contactId, warehouseId: input.warehouseId, priceListId: input.priceListId, currencyCode: order.currencyCode });
    const { lines, totals } = await priceOrderLines(tx, actor, input.lines, order.currencyCode, pricesIncludeTax);
    const byId = new Map(order.lines.map((l) => [l.id, l]));
    lines.forEach((l, i) => {
      if (l.lineId && !byId.has(l.lineId)) throw new FieldError(`lines.${i}.description`, "choice");
    });
    const header = {
      ...editableHeader(input, pricesIncludeTax),
      prepaymentRequired: BigInt(prepaymentAmount(input.prepaymentKind, input.prepayment, totals.gross, order.currencyCode)),
    };
    const changes: OrderChange[] = diffOrder(order, header, order.lines, lines);
    if (changes.length === 0) return { id: order.id, version: order.version, changed: false, credit: "ok" };

    // The version is the optimistic lock: two people saving the same version, one wins.
    const bumped = await tx.salesOrder.updateMany({ where: { id: order.id, status: "confirmed", version: order.version }, data: { version: order.version + 1 } });
    if (bumped.count !== 1) throw new AppError("orders.changedMeanwhile", { number: order.number ?? "" }, 409);

    const kept = new Set(lines.map((l) => l.lineId).filter(Boolean));
    const removed = order.lines.filter((l) => !kept.has(l.id));
    for (const l of removed) {
      if (l.deliveredQty > 0 || l.invoicedQty > 0) throw new AppError("orders.belowDone", { line: l.position + 1, description: l.description }, 409);
      const used = (await tx.deliveryLine.count({ where: { orderLineId: l.id } })) + (await tx.invoiceLine.count({ where: { orderLineId: l.id } }));
      if (used > 0) throw new AppError("orders.lineInUse", { line: l.position + 1, description: l.description }, 409);
    }
    // Free stock first (removed and shrinking lines), then write lines, then reserve the growth.
    await setReservationsInTx(tx, order.warehouseId, [
      ...removed.map((line) => ({ line, target: 0 })),
      ...lines.flatMap((l) => {
        const old = l.lineId ? byId.get(l.lineId) : undefined;
        if (!old) return [];
        // Another product: the old one's reservation goes back in full.
        const target = old.productId === l.productId ? reservationTarget({ ...old, stockTracked: l.stockTracked, quantity: l.quantity }) : 0;
        return [{ line: old, target: Math.min(old.reservedQty, target) }];
      }),
    ]);
    if (removed.length) await tx.salesOrderLine.deleteMany({ where: { id: { in: removed.map((l) => l.id) } } });
    for (const l of lines) {
      const old = l.lineId ? byId.get(l.lineId) : undefined;
      if (!old) {
        await tx.salesOrderLine.create({ data: { ...lineRow(l), orderId: order.id } });
        continue;
      }
      if (old.productId !== l.productId && (old.deliveredQty > 0 || old.invoicedQty > 0)) throw new AppError("orders.belowDone", { line: old.position + 1, description: old.description }, 409);
      const q = l.quantity;
      const ok = await tx.$executeRaw(Prisma.sql`
        UPDATE "SalesOrderLine" SET "position" = ${l.position}, "productId" = ${l.productId}, "description" = ${l.description}, "uom" = ${l.uom},
          "stockTracked" = ${l.stockTracked}, "quantity" = ${q}, "unitPrice" = ${l.unitPrice}, "discountBp" = ${l.discountBp}, "vatRateBp" = ${l.vatRateBp},
          "unitCost" = ${l.unitCost}, "net" = ${l.net}, "tax" = ${l.tax}, "gross" = ${l.gross}
        WHERE "id" = ${old.id} AND ${q} - "cancelledQty" >= "deliveredQty" AND ${q} - "cancelledQty" - "returnedQty" >= "invoicedQty" - "creditedQty" AND ${q} >= "reservedQty"`);
      if (ok !== 1) throw new AppError("orders.belowDone", { line: l.position + 1, description: l.description }, 409);
    }
    const fresh = await tx.salesOrderLine.findMany({
      where: { orderId: order.id },
      select: { id: true, productId: true, stockTracked: true, quantity: true, cancelledQty: true, deliveredQty: true, reservedQty: true },
    });
    await setReservationsInTx(tx, order.warehouseId, fresh.map((line) => ({ line, target: reservationTarget(line) })));

    // The rate stays the one the order was confirmed at.
    const company = await tx.company.findUnique({ where: { id: "company" }, select: { baseCurrency: true } });
    const base = company?.baseCurrency ?? "CNY";
    const totalBase = order.currencyCode === base ? totals.gross : convert(totals.gross, order.currencyCode, base, { rate: order.exchangeRate, date: order.orderDate }).amount;
    await tx.salesOrder.update({
      where: { id: order.id },
      data: { ...header, subtotal: BigInt(totals.net), taxTotal: BigInt(totals.tax), total: BigInt(totals.gross), totalBase: BigInt(totalBase) },
    });
    await refreshOrderStatusInTx(tx, order.id);
    await tx.salesOrderChange.create({ data: { orderId: order.id, version: order.version + 1, changes: JSON.stringify(changes), reason: input.reason, changedById: actor.id } });
    await writeAudit(tx, { actor, action: "change", entityType: "SalesOrder", entityId: order.id, before: { version: order.version }, after: { version: order.version + 1, reason: input.reason, changes } });

    let credit = "ok";
    // A held order made smaller may now fit: re-check the customer's holds (this one included).
    if (order.creditHold && totalBase < toMinor(order.totalBase)) {
      await recheckCreditHoldsInTx(tx, order.accountId, today);
    }
    if (!order.creditHold && order.account.creditCheckAt !== "delivery" && totalBase > toMinor(order.totalBase)) {
      const released = order.creditReleasedExposure === null ? null : toMinor(order.creditReleasedExposure);
      const outcome = await applyCreditCheckInTx(tx, { orderId: order.id, accountId: order.accountId, today, releasedExposure: released });
      credit = outcome.result;
      if (outcome.result === "hold") await writeAudit(tx, { actor, action: "credit_hold", entityType: "SalesOrder", entityId: order.id, after: { reason: outcome.reason, exposure: outcome.credit.parts, limit: outcome.credit.limit } });
    }
    return { id: order.id, version: order.version + 1, changed: true, credit };
  });
}
