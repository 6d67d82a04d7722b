// Inputs and results of the stock posting services (lib/stock/post-*.ts, issue-stock.ts,
// receive-return.ts, reverse-stock-operation.ts). Plain types, safe to import anywhere
// (the demo seed, quote-to-cash, forms).
//
// Units, everywhere:
// - quantity: integer THOUSANDTHS of the product's unit (1 piece = 1000, 2.5 kg = 2500), always
//   positive on these inputs except adjustments (signed); the service writes the sign on the move.
// - unitCost: integer minor units (fen) of the base currency per ONE unit (not per thousandth).
// - valueDelta on results: bigint minor units, signed.

/** The kinds of stock documents (StockOperation.type). */
export const STOCK_OPERATION_TYPES = ["RECEIPT", "DELIVERY", "RETURN", "ADJUSTMENT", "TRANSFER", "REVERSAL"] as const;
export type StockOperationType = (typeof STOCK_OPERATION_TYPES)[number];

/** Reasons an adjustment may give; shown translated (stock.reasons.*). "count" is used by stock counts. */
export const ADJUSTMENT_REASONS = ["count", "damaged", "lost", "found", "expired", "correction", "other"] as const;
export type AdjustmentReason = (typeof ADJUSTMENT_REASONS)[number];

type Common = {
  /** Free text kept on the operation. */
  note?: string;
  /**
   * When the goods moved; defaults to now. Only for back-filled history (demo seed, imports):
   * it must not be earlier than any existing move of the same products, so the ledger's date
   * order stays the order in which averages were computed.
   */
  postedAt?: Date;
};

/** Goods receipt (进): goods arrive from a supplier at a known unit cost. */
export type ReceiptInput = Common & {
  warehouseId: string;
  /** The supplier's delivery note or invoice number. */
  supplierRef?: string;
  lines: { productId: string; quantity: number; unitCost: number }[];
};

/**
 * Adjustment: quantity signed (+ found, − lost). Positive lines come in at `unitCost` when given,
 * otherwise at the current average (or the standard cost when nothing is on hand).
 */
export type AdjustmentInput = Common & {
  warehouseId: string;
  reason: AdjustmentReason;
  lines: { productId: string; quantity: number; unitCost?: number }[];
};

/** Transfer between warehouses: out of one at the average, into the other at the same value. */
export type TransferInput = Common & {
  fromWarehouseId: string;
  toWarehouseId: string;
  lines: { productId: string; quantity: number }[];
};

/** Stock out for a delivery (出): quote-to-cash calls this with its delivery note's number. */
export type IssueInput = Common & {
  warehouseId: string;
  /**
   * The operation's number. A delivery note that already took its DN number passes it here so the
   * stock operation carries the same number (and no second DN number is used); else a new one is taken.
   */
  number?: string;
  /** A reference shown on the stock card (e.g. the sales order number). */
  reference?: string;
  lines: { productId: string; quantity: number }[];
};

/** A customer return (退货入库): in at `unitCost` when given (e.g. the original delivery's), else the average. */
export type ReturnInput = Common & {
  warehouseId: string;
  /** As on IssueInput: the return document's own RT number, if it has one. */
  number?: string;
  reference?: string;
  lines: { productId: string; quantity: number; unitCost?: number }[];
};

export type PostedMove = { productId: string; warehouseId: string; quantity: number; unitCost: number; valueDelta: bigint };

export type PostedOperation = {
  id: string;
  number: string;
  type: StockOperationType;
  postedAt: Date;
  moves: PostedMove[];
};
