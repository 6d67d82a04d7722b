// Test data for invoice integration tests: a posted delivery written straight to the database
// (the delivery service belongs to another area), with the order-line ledger moved as posting
// would. Not imported by application code.
import { db } from "@/lib/db/client";
import { transact } from "@/lib/db/transact";
import { uniqueName } from "@/lib/testing/factories";
import { adjustOrderLineInTx, refreshOrderStatusInTx } from "@/lib/sales/orders/adjust-order-line";

export async function createPostedDeliveryRow(input: {
  accountId: string;
  warehouseId: string;
  createdById: string;
  lines: { orderLineId: string; quantity: number; unitCost?: number }[];
  status?: "draft" | "posted";
  deliveryDate?: string;
}) {
  const status = input.status ?? "posted";
  return transact(async (tx) => {
    const delivery = await tx.delivery.create({
      data: {
        number: uniqueName("DN").toUpperCase(),
        accountId: input.accountId,
        warehouseId: input.warehouseId,
        status,
        deliveryDate: input.deliveryDate ?? "2026-06-10",
        postedAt: status === "posted" ? new Date() : null,
        createdById: input.createdById,
        lines: { create: input.lines.map((l, position) => ({ orderLineId: l.orderLineId, position, quantity: l.quantity, unitCost: l.unitCost ?? 0 })) },
      },
      include: { lines: { orderBy: { position: "asc" } } },
    });
    if (status === "posted") {
      for (const l of input.lines) await adjustOrderLineInTx(tx, l.orderLineId, "deliveredQty", l.quantity);
      const orders = await tx.salesOrderLine.findMany({ where: { id: { in: input.lines.map((l) => l.orderLineId) } }, select: { orderId: true }, distinct: ["orderId"] });
      for (const o of orders) await refreshOrderStatusInTx(tx, o.orderId);
    }
    return delivery;
  });
}

/** Σ of the receivables ledger and of the sales facts for one document. */
export async function documentLedgers(invoiceId: string) {
  const [entry, facts] = await Promise.all([
    db.receivableEntry.findUnique({ where: { documentType_documentId: { documentType: "invoice", documentId: invoiceId } } }),
    db.salesFact.aggregate({ where: { invoiceId }, _sum: { revenue: true, revenueBase: true, taxBase: true, costBase: true, quantity: true }, _count: true }),
  ]);
  return { entry, facts };
}
