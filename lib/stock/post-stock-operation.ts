import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { writeAudit } from "@/lib/audit/write-audit";
import type { Tx } from "@/lib/db/client";
import { lockRows } from "@/lib/db/transact";
import type { DocType } from "@/lib/domain/document-types";
import { formatQuantity, isWholeQuantity } from "@/lib/domain/quantity";
import { averageUnitCost, EMPTY_COST, issue, receive, receiveAtAverage, reverse, type CostedMove, type CostState } from "@/lib/domain/stock-cost";
import { AppError } from "@/lib/errors";
import { nextDocumentNumber } from "@/lib/settings/numbering/next-document-number";
import { refreshPublicAvailability } from "@/lib/public-catalog/refresh-availability";
import { changeStockLevel, INT_MAX } from "./change-stock-level";
import type { PostedMove, PostedOperation, StockOperationType } from "./stock-types";

/**
 * One step of an operation, before costing. Quantities are positive thousandths; `kind` says
 * which way the goods go and how the cost is found (lib/domain/stock-cost.ts).
 */
export type MoveSpec =
  | { kind: "in"; productId: string; warehouseId: string; quantity: number; unitCost: number }
  | { kind: "inAtAverage"; productId: string; warehouseId: string; quantity: number }
  | { kind: "out"; productId: string; warehouseId: string; quantity: number }
  | { kind: "transfer"; productId: string; fromWarehouseId: string; toWarehouseId: string; quantity: number }
  /** The exact opposite of an earlier move (which carries its own signed quantity and value). */
  | { kind: "undo"; productId: string; warehouseId: string; original: CostedMove };

export type OperationPlan = {
  actor: Pick<Actor, "id" | "email" | "locale">;
  type: StockOperationType;
  warehouseId: string;
  toWarehouseId?: string | null;
  supplierRef?: string;
  reason?: string;
  note?: string;
  reversalOfId?: string | null;
  postedAt?: Date;
  /** A number the calling document already took (deliveries, returns); otherwise one is taken here. */
  number?: string;
  specs: MoveSpec[];
};

const DOC_TYPE: Record<StockOperationType, DocType> = {
  RECEIPT: "RECEIPT",
  DELIVERY: "DELIVERY",
  RETURN: "RETURN",
  ADJUSTMENT: "ADJUSTMENT",
  TRANSFER: "TRANSFER",
  REVERSAL: "STOCK_REVERSAL",
};

const PRODUCT_SELECT = { id: true, sku: true, nameZh: true, nameEn: true, kind: true, stockTracked: true, allowBackorder: true, uomDecimals: true, uom: true, standardCost: true } as const;
type ProductRow = { id: string; sku: string; nameZh: string; nameEn: string; kind: string; stockTracked: boolean; allowBackorder: boolean; uomDecimals: boolean; uom: string; standardCost: number };

/** "SKU-1 Blue mug" in the actor's language, for error messages that name the product. */
export function productLabel(p: Pick<ProductRow, "sku" | "nameZh" | "nameEn">, locale: string): string {
  return `${p.sku} ${locale === "zh-CN" ? p.nameZh : p.nameEn}`;
}

function quantitiesOf(spec: MoveSpec): number[] {
  return spec.kind === "undo" ? [Math.abs(spec.original.quantity)] : [spec.quantity];
}

function warehousesOf(spec: MoveSpec): string[] {
  return spec.kind === "transfer" ? [spec.fromWarehouseId, spec.toWarehouseId] : [spec.warehouseId];
}

/** Products must exist, be stock-tracked and not be a variant group; quantities must fit their unit. */
async function loadProducts(tx: Tx, plan: OperationPlan): Promise<Map<string, ProductRow>> {
  const ids = [...new Set(plan.specs.map((s) => s.productId))];
  const rows = await tx.product.findMany({ where: { id: { in: ids } }, select: PRODUCT_SELECT });
  const products = new Map(rows.map((p) => [p.id, p]));
  for (const spec of plan.specs) {
    const p = products.get(spec.productId);
    if (!p) throw new AppError("stock.productMissing");
    const product = productLabel(p, plan.actor.locale);
    if (p.kind === "group") throw new AppError("stock.groupProduct", { product });
    if (!p.stockTracked) throw new AppError("stock.notTracked", { product });
    for (const q of quantitiesOf(spec)) {
      if (!Number.isSafeInteger(q) || q <= 0 || q > INT_MAX) throw new AppError("stock.badQuantity", { product });
      // Reversals mirror moves that were valid when posted, even if the unit changed since.
      if (spec.kind !== "undo" && !p.uomDecimals && !isWholeQuantity(q)) throw new AppError("stock.wholeUnits", { product, uom: p.uom });
    }
  }
  return products;
}

/** Warehouses must exist; new goods only go to active ones (a reversal may touch an archived one). */
async function loadWarehouses(tx: Tx, plan: OperationPlan): Promise<Map<string, { id: string; code: string; name: string }>> {
  const ids = [...new Set([plan.warehouseId, ...(plan.toWarehouseId ? [plan.toWarehouseId] : []), ...plan.specs.flatMap(warehousesOf)])];
  const rows = await tx.warehouse.findMany({ where: { id: { in: ids } }, select: { id: true, code: true, name: true, active: true } });
  if (rows.length !== ids.length || (plan.type !== "REVERSAL" && rows.some((w) => !w.active))) throw new AppError("stock.warehouseMissing");
  return new Map(rows.map((w) => [w.id, w]));
}

/** Each product's quantity and value over all its moves and warehouses: one grouped query. */
async function costStates(tx: Tx, productIds: string[]): Promise<Map<string, CostState>> {
  const sums = await tx.stockMove.groupBy({ by: ["productId"], where: { productId: { in: productIds } }, _sum: { quantity: true, valueDelta: true } });
  const states = new Map<string, CostState>(productIds.map((id) => [id, EMPTY_COST]));
  for (const s of sums) states.set(s.productId, { quantity: s._sum.quantity ?? 0, value: BigInt(s._sum.valueDelta ?? 0) });
  return states;
}

/**
 * Posts one stock operation inside the caller's transaction: numbers it, locks its products,
 * costs every move at the product's moving average, changes StockLevel with a conditional
 * UPDATE that refuses to go below zero (unless the product allows backorders), writes the
 * immutable moves and an audit entry. Throws a translated AppError — and the caller's
 * transaction rolls back — if any line cannot be posted.
 *
 * Concurrency: each product row is locked (PostgreSQL FOR UPDATE, in id order so two operations
 * never wait for each other in a circle) before its moves are summed, so two postings of one
 * product compute their averages one after the other; on SQLite `transact` already runs writers
 * one at a time. The conditional UPDATE is the last guard for on-hand either way.
 */
export async function postStockOperationInTx(tx: Tx, plan: OperationPlan): Promise<PostedOperation> {
  if (plan.specs.length === 0) throw new AppError("stock.noLines");
  const products = await loadProducts(tx, plan);
  const warehouses = await loadWarehouses(tx, plan);
  const productIds = [...products.keys()].sort();
  for (const id of productIds) await lockRows(tx, "Product", [id]);

  // Taken after the locks, so a product's moves are dated in the order their costs were computed.
  const postedAt = plan.postedAt ?? new Date();
  if (plan.postedAt) {
    const later = await tx.stockMove.findFirst({ where: { productId: { in: productIds }, postedAt: { gt: plan.postedAt } }, select: { id: true } });
    if (later) throw new Error("postedAt is earlier than an existing move of the same product");
  }
  const states = await costStates(tx, productIds);
  const number = plan.number ?? (await nextDocumentNumber(tx, DOC_TYPE[plan.type], postedAt));
  const operation = await tx.stockOperation.create({
    data: {
      number,
      type: plan.type,
      warehouseId: plan.warehouseId,
      toWarehouseId: plan.toWarehouseId ?? null,
      supplierRef: plan.supplierRef ?? "",
      reason: plan.reason ?? "",
      note: plan.note ?? "",
      reversalOfId: plan.reversalOfId ?? null,
      createdById: plan.actor.id,
      postedAt,
    },
    select: { id: true },
  });

  const moves: PostedMove[] = [];
  const apply = async (product: ProductRow, warehouseId: string, costed: { move: CostedMove; state: CostState }) => {
    const warehouse = warehouses.get(warehouseId)!;
    await changeStockLevel(tx, { productId: product.id, warehouseId, quantity: costed.move.quantity, allowNegative: product.allowBackorder }, () => ({
      product: productLabel(product, plan.actor.locale),
      warehouse: `${warehouse.code} ${warehouse.name}`,
    }));
    states.set(product.id, costed.state);
    lastCost.set(product.id, costed.move.unitCost);
    moves.push({ productId: product.id, warehouseId, ...costed.move });
    return costed.move;
  };

  // Cost for goods moving while nothing is on hand (backorders, returns into an empty product):
  // the last cost the product moved at, else its standard cost. Read only when needed.
  const lastCost = new Map<string, number>();
  const fallbackCost = async (product: ProductRow, state: CostState): Promise<number> => {
    if (averageUnitCost(state) !== null) return 0; // unused: the average decides
    if (!lastCost.has(product.id)) {
      const last = await tx.stockMove.findFirst({ where: { productId: product.id }, orderBy: [{ postedAt: "desc" }, { seq: "desc" }], select: { unitCost: true } });
      lastCost.set(product.id, last?.unitCost ?? Math.max(0, product.standardCost));
    }
    return lastCost.get(product.id)!;
  };

  for (const spec of plan.specs) {
    const product = products.get(spec.productId)!;
    const state = states.get(product.id)!;
    const fallback = spec.kind === "in" || spec.kind === "undo" ? 0 : await fallbackCost(product, state);
    switch (spec.kind) {
      case "in":
        await apply(product, spec.warehouseId, receive(state, spec.quantity, spec.unitCost));
        break;
      case "inAtAverage":
        await apply(product, spec.warehouseId, receiveAtAverage(state, spec.quantity, fallback));
        break;
      case "out":
        await apply(product, spec.warehouseId, issue(state, spec.quantity, fallback));
        break;
      case "transfer": {
        // The same value leaves one warehouse and enters the other: the product's total is unchanged.
        const out = await apply(product, spec.fromWarehouseId, issue(state, spec.quantity, fallback));
        await apply(product, spec.toWarehouseId, reverse(states.get(product.id)!, out));
        break;
      }
      case "undo":
        await apply(product, spec.warehouseId, reverse(state, spec.original));
        break;
    }
  }

  await tx.stockMove.createMany({
    data: moves.map((m, seq) => ({ operationId: operation.id, productId: m.productId, warehouseId: m.warehouseId, quantity: m.quantity, unitCost: m.unitCost, valueDelta: m.valueDelta, postedAt, seq })),
  });
  await writeAudit(tx, {
    actor: plan.actor,
    action: plan.type === "REVERSAL" ? "reverse" : "post",
    entityType: "StockOperation",
    entityId: operation.id,
    after: {
      number,
      type: plan.type,
      warehouseId: plan.warehouseId,
      toWarehouseId: plan.toWarehouseId ?? null,
      supplierRef: plan.supplierRef ?? "",
      reason: plan.reason ?? "",
      reversalOfId: plan.reversalOfId ?? null,
      moves: moves.map((m) => ({ sku: products.get(m.productId)!.sku, warehouseId: m.warehouseId, quantity: formatQuantity(m.quantity), unitCost: m.unitCost, valueDelta: m.valueDelta })),
    },
  });
  await refreshPublicAvailability(tx, productIds);
  return { id: operation.id, number, type: plan.type, postedAt, moves };
}
