import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan, can } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { toMinor } from "@/lib/domain/money";
import { NotFoundError } from "@/lib/errors";
import { costFigures, productCostStates } from "../product-cost-states";

export const STOCK_CARD_PAGE_SIZE = 50;

// Date order, then the posting order within one operation: a total order, so a page's opening
// balance (the sum of every move before it) and its running balance always agree.
const ORDER = [{ postedAt: "asc" }, { operationId: "asc" }, { seq: "asc" }] as const;

type Options = { actor: Actor; productId: string; warehouseId: string | null; page: number | null; size?: number };

export type StockCardRow = {
  id: string;
  postedAt: Date;
  operation: { id: string; number: string; type: string; reference: string; reversalOf: string | null };
  warehouse: string;
  quantity: number;
  balance: number;
  /** cost.read only */
  unitCost: number | null;
  valueDelta: number | null;
  /** Running value over all warehouses; null when filtered to one warehouse or without cost.read. */
  balanceValue: number | null;
};

/**
 * A product's stock card: every move in date order with its running balance, paged on the
 * server. The page's opening balance is ONE aggregate over the moves before it (same filter and
 * order, LIMIT = rows skipped). Without a page number the last page is shown (the latest moves).
 */
export async function findStockCard({ actor, productId, warehouseId, page: asked, size = STOCK_CARD_PAGE_SIZE }: Options) {
  assertCan(actor, "stock.read");
  const showCost = can(actor, "cost.read");
  const product = await db.product.findUnique({
    where: { id: productId },
    select: { id: true, sku: true, nameZh: true, nameEn: true, uom: true, uomDecimals: true, kind: true, stockTracked: true, allowBackorder: true, reorderPoint: true },
  });
  if (!product || product.kind === "group") throw new NotFoundError();

  const where = warehouseId ? { productId, warehouseId } : { productId };
  const [total, levels, states] = await Promise.all([
    db.stockMove.count({ where }),
    db.stockLevel.findMany({ where: { productId }, orderBy: { warehouse: { code: "asc" } }, select: { warehouseId: true, onHand: true, reserved: true, warehouse: { select: { code: true, name: true } } } }),
    showCost ? productCostStates([productId]) : Promise.resolve(null),
  ]);
  const pages = Math.max(1, Math.ceil(total / size));
  const page = Math.min(Math.max(1, asked ?? pages), pages);
  const skip = (page - 1) * size;

  const [opening, moves] = await Promise.all([
    skip === 0
      ? Promise.resolve({ quantity: 0, value: 0n })
      : db.stockMove.aggregate({ where, orderBy: [...ORDER], take: skip, _sum: { quantity: true, valueDelta: true } }).then((a) => ({ quantity: a._sum.quantity ?? 0, value: BigInt(a._sum.valueDelta ?? 0) })),
    db.stockMove.findMany({
      where,
      orderBy: [...ORDER],
      skip,
      take: size,
      select: {
        id: true,
        postedAt: true,
        quantity: true,
        unitCost: true,
        valueDelta: true,
        warehouse: { select: { code: true } },
        operation: { select: { id: true, number: true, type: true, supplierRef: true, reason: true, reversalOf: { select: { number: true } } } },
      },
    }),
  ]);

  let balance = opening.quantity;
  let value = opening.value;
  const showValue = showCost && !warehouseId;
  const rows: StockCardRow[] = moves.map((m) => {
    balance += m.quantity;
    value += m.valueDelta;
    return {
      id: m.id,
      postedAt: m.postedAt,
      operation: { id: m.operation.id, number: m.operation.number, type: m.operation.type, reference: m.operation.supplierRef || m.operation.reason, reversalOf: m.operation.reversalOf?.number ?? null },
      warehouse: m.warehouse.code,
      quantity: m.quantity,
      balance,
      unitCost: showCost ? m.unitCost : null,
      valueDelta: showCost ? toMinor(m.valueDelta) : null,
      balanceValue: showValue ? toMinor(value) : null,
    };
  });

  const state = states?.get(productId);
  const onHand = levels.reduce((a, l) => a + l.onHand, 0);
  return {
    product: { ...product, name: actor.locale === "zh-CN" ? product.nameZh : product.nameEn },
    levels: levels.map((l) => ({ warehouseId: l.warehouseId, code: l.warehouse.code, name: l.warehouse.name, onHand: l.onHand, reserved: l.reserved, available: l.onHand - l.reserved })),
    summary: { onHand, ...(showCost ? costFigures(state, onHand) : { averageCost: null, value: null }) },
    opening: { quantity: opening.quantity, value: showValue ? toMinor(opening.value) : null },
    rows,
    total,
    page,
    pages,
    size,
  };
}

export type StockCard = Awaited<ReturnType<typeof findStockCard>>;
