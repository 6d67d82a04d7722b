import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan, can } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { sumMoney, toMinor } from "@/lib/domain/money";
import { valueOfQuantity } from "@/lib/domain/stock-cost";
import { NotFoundError } from "@/lib/errors";
import { productCostStates } from "../product-cost-states";

export type CountLine = {
  productId: string;
  sku: string;
  name: string;
  uom: string;
  uomDecimals: boolean;
  expected: number;
  counted: number | null;
  /** counted − expected; null until counted. */
  difference: number | null;
  /** The difference at the product's current average (cost.read only). */
  valueImpact: number | null;
};

/** A count with its lines (by SKU) and the review: counted lines that differ, with value impact. */
export async function findStockCount({ actor, id }: { actor: Actor; id: string }) {
  assertCan(actor, "stock.manage");
  const count = await db.stockCount.findUnique({
    where: { id },
    select: {
      id: true,
      status: true,
      note: true,
      createdAt: true,
      postedAt: true,
      createdById: true,
      operationId: true,
      warehouse: { select: { id: true, code: true, name: true } },
      lines: {
        orderBy: { product: { sku: "asc" } },
        select: { productId: true, expectedQty: true, countedQty: true, product: { select: { sku: true, nameZh: true, nameEn: true, uom: true, uomDecimals: true } } },
      },
    },
  });
  if (!count) throw new NotFoundError();
  const showCost = can(actor, "cost.read");
  const differing = count.lines.filter((l) => l.countedQty !== null && l.countedQty !== l.expectedQty);
  // A posted count shows what its adjustment actually booked; an open one, the value at today's average.
  const posted = count.operationId !== null;
  const [states, booked, user, operation] = await Promise.all([
    showCost && !posted ? productCostStates(differing.map((l) => l.productId)) : Promise.resolve(null),
    showCost && posted ? db.stockMove.findMany({ where: { operationId: count.operationId! }, select: { productId: true, valueDelta: true } }) : Promise.resolve(null),
    db.user.findUnique({ where: { id: count.createdById }, select: { name: true } }),
    count.operationId ? db.stockOperation.findUnique({ where: { id: count.operationId }, select: { id: true, number: true } }) : Promise.resolve(null),
  ]);
  const lines: CountLine[] = count.lines.map((l) => {
    const difference = l.countedQty === null ? null : l.countedQty - l.expectedQty;
    const move = booked?.find((m) => m.productId === l.productId);
    const impact = move ? move.valueDelta : states && difference ? valueOfQuantity(states.get(l.productId) ?? { quantity: 0, value: 0n }, difference) : null;
    return {
      productId: l.productId,
      sku: l.product.sku,
      name: actor.locale === "zh-CN" ? l.product.nameZh : l.product.nameEn,
      uom: l.product.uom,
      uomDecimals: l.product.uomDecimals,
      expected: l.expectedQty,
      counted: l.countedQty,
      difference,
      valueImpact: impact === null ? (showCost && difference === 0 ? 0 : null) : toMinor(impact),
    };
  });
  const differences = lines.filter((l) => l.difference !== null && l.difference !== 0);
  return {
    id: count.id,
    status: count.status as "draft" | "posted" | "cancelled",
    note: count.note,
    createdAt: count.createdAt,
    postedAt: count.postedAt,
    warehouse: count.warehouse,
    createdBy: user?.name ?? "",
    operation,
    lines,
    differences,
    uncounted: lines.filter((l) => l.counted === null).length,
    totalImpact: showCost ? sumMoney(differences.map((l) => l.valueImpact ?? 0)) : null,
  };
}

export type StockCountDetail = Awaited<ReturnType<typeof findStockCount>>;
