// Moving weighted average cost per product. Pure: no I/O, unit tested in stock-cost.test.ts.
//
// A product's cost state is the sum of all its stock moves over every warehouse: quantity in
// thousandths (1 unit = 1000) and stock value in minor units (bigint: sums of many moves may pass
// 2^53). The average unit cost is value ÷ quantity, kept as that exact fraction; the rounded
// per-unit figure (`averageUnitCost`) is only what a move records in its `unitCost` column.
//
// Rules (one rounding rule: half-up, lib/domain/decimal.ts):
// - a receipt adds round(quantity × unitCost);
// - an issue (delivery, negative adjustment, transfer out, reversal of an inflow) takes
//   round(quantity × value ÷ onHand) — the exact average, not the rounded one;
// - a return or positive adjustment comes in at the same exact average, or at a given cost;
// - whenever a move brings the product's quantity to exactly zero, it takes (or adds) whatever
//   value is left, so rounding never leaves a ghost value on an empty product.
// Issues past zero (backorders) take the whole value of what is there plus the excess at the
// rounded average (or the fallback cost when there is no average), so the value follows the
// quantity below zero and the next receipt evens it out.
import { assertSafeInteger, divRoundHalfUp, toSafeNumber } from "./decimal";
import { QUANTITY_SCALE } from "./quantity";

export type CostState = {
  /** Thousandths, signed (below zero only for backordered products). */
  quantity: number;
  /** Minor units of the base currency. */
  value: bigint;
};

export const EMPTY_COST: CostState = { quantity: 0, value: 0n };

/** What one stock move carries: signed quantity, the unit cost it moved at, and its value. */
export type CostedMove = { quantity: number; unitCost: number; valueDelta: bigint };

export type CostResult = { move: CostedMove; state: CostState };

const SCALE = BigInt(QUANTITY_SCALE);

function checkQuantity(quantity: number, what = "quantity"): void {
  assertSafeInteger(quantity, what);
  if (quantity <= 0) throw new RangeError(`${what} must be positive, got ${quantity}`);
}

function checkCost(unitCost: number, what = "unit cost"): void {
  assertSafeInteger(unitCost, what);
  if (unitCost < 0) throw new RangeError(`${what} must not be negative, got ${unitCost}`);
}

/**
 * value × qty ÷ onHand, rounded half-up, or null when the state has no meaningful average
 * (nothing on hand, or value and quantity of opposite signs after an anomaly).
 */
function shareOfValue(state: CostState, quantity: number): bigint | null {
  if (state.quantity === 0) return null;
  const negative = state.quantity < 0;
  if (state.value !== 0n && state.value < 0n !== negative) return null;
  const numerator = BigInt(quantity) * (negative ? -state.value : state.value);
  return divRoundHalfUp(numerator, BigInt(negative ? -state.quantity : state.quantity));
}

/** Minor units per whole unit, rounded half-up; null when there is no meaningful average. */
export function averageUnitCost(state: CostState): number | null {
  const perUnit = shareOfValue(state, QUANTITY_SCALE);
  return perUnit === null ? null : toSafeNumber(perUnit, "average unit cost");
}

/**
 * What `quantity` of the product is worth at the exact average: round(qty × value ÷ onHand), the
 * whole value when it is all of it, null when there is no average. For balances per warehouse.
 */
export function valueOfQuantity(state: CostState, quantity: number): bigint | null {
  assertSafeInteger(quantity, "quantity");
  if (quantity === state.quantity) return state.value;
  if (quantity === 0) return 0n;
  const share = shareOfValue(state, Math.abs(quantity));
  return share === null ? null : quantity < 0 ? -share : share;
}

/** round(quantity × unitCost) for a quantity in thousandths. */
export function valueAt(unitCost: number, quantity: number): bigint {
  assertSafeInteger(unitCost, "unit cost");
  assertSafeInteger(quantity, "quantity");
  return divRoundHalfUp(BigInt(unitCost) * BigInt(quantity), SCALE);
}

/** Applies a move; when it empties the product, the move takes exactly the remaining value. */
function settle(state: CostState, quantity: number, unitCost: number, valueDelta: bigint): CostResult {
  const after = state.quantity + quantity;
  assertSafeInteger(after, "quantity on hand");
  const delta = after === 0 ? -state.value : valueDelta;
  return { move: { quantity, unitCost, valueDelta: delta }, state: { quantity: after, value: state.value + delta } };
}

/** Goods in at a known cost (a receipt): adds round(qty × unitCost). */
export function receive(state: CostState, quantity: number, unitCost: number): CostResult {
  checkQuantity(quantity);
  checkCost(unitCost);
  return settle(state, quantity, unitCost, valueAt(unitCost, quantity));
}

/**
 * Goods in at the current average (a customer return, a positive adjustment, a count surplus).
 * Without an average (nothing on hand) they come in at `fallbackUnitCost`, e.g. the standard cost.
 */
export function receiveAtAverage(state: CostState, quantity: number, fallbackUnitCost: number): CostResult {
  checkQuantity(quantity);
  checkCost(fallbackUnitCost, "fallback unit cost");
  const value = shareOfValue(state, quantity);
  if (value === null) return settle(state, quantity, fallbackUnitCost, valueAt(fallbackUnitCost, quantity));
  return settle(state, quantity, averageUnitCost(state) ?? fallbackUnitCost, value);
}

/**
 * Goods out at the current average (a delivery, a negative adjustment, a transfer out). The last
 * units out take the whole remaining value; units past zero (backorders) go at the rounded
 * average, or at `fallbackUnitCost` when there is none. `quantity` is positive; the move's is negative.
 */
export function issue(state: CostState, quantity: number, fallbackUnitCost: number): CostResult {
  checkQuantity(quantity);
  checkCost(fallbackUnitCost, "fallback unit cost");
  const average = averageUnitCost(state);
  const unitCost = average ?? fallbackUnitCost;
  let taken: bigint;
  if (state.quantity > 0 && quantity >= state.quantity && average !== null) {
    taken = state.value + valueAt(unitCost, quantity - state.quantity);
  } else {
    taken = shareOfValue(state, quantity) ?? valueAt(unitCost, quantity);
  }
  return settle(state, -quantity, unitCost, -taken);
}

/**
 * The exact opposite of an earlier move (a reversal): same unit cost, negated quantity and value,
 * so a reversal right after its operation restores quantity, value and average to the fen.
 * If it empties the product it takes the remaining value instead (nothing left must be worth 0).
 */
export function reverse(state: CostState, original: CostedMove): CostResult {
  assertSafeInteger(original.quantity, "quantity");
  if (original.quantity === 0) throw new RangeError("a move has a non-zero quantity");
  return settle(state, -original.quantity, original.unitCost, -original.valueDelta);
}

/** Folds moves into a state: what the database's SUM over a product's moves must equal. */
export function costStateOf(moves: Iterable<Pick<CostedMove, "quantity" | "valueDelta">>): CostState {
  let quantity = 0;
  let value = 0n;
  for (const m of moves) {
    quantity += m.quantity;
    value += m.valueDelta;
  }
  assertSafeInteger(quantity, "quantity");
  return { quantity, value };
}
