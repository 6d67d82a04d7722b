// Line discounts, exactly. Pure: no I/O, unit tested in discount.test.ts.
//
// A line discount is typed either as a percentage (basis points: 1000 = 10 %) or as an amount
// (minor units off the line). Either way the result states the discount amount and the
// effective percentage, and the approval check compares EXACTLY (amount × 10 000 against
// limit × line amount in bigint), so 10.004 % never slips under a 10 % limit by rounding.
import { assertSafeInteger, divRoundHalfUp, toSafeNumber } from "./decimal";
import { lineAmount } from "./money";

export type DiscountInput = { kind: "percent"; bp: number } | { kind: "amount"; amount: number };

export type AppliedDiscount = {
  /** The line before the discount: unit price × quantity, rounded half-up once. */
  baseAmount: number;
  /** What comes off, in minor units (never more than the base). */
  discountAmount: number;
  /** The line after the discount. */
  amount: number;
  /**
   * The discount as a percentage of the base, in basis points, rounded half-up for display.
   * For a percent discount this is the percentage as typed.
   */
  effectiveBp: number;
  /** What was typed, for the approval check (a percent stays exact even when its amount rounds). */
  input: DiscountInput;
};

export class DiscountError extends RangeError {
  constructor(
    readonly reason: "percent" | "amount",
    message: string,
  ) {
    super(message);
    this.name = "DiscountError";
  }
}

/**
 * The discount on one line of `qty` thousandths at `unitPrice` minor units.
 * Percent: the discounted amount is rounded once from the exact product (money.ts lineAmount),
 * and the discount amount is base − discounted, so base = amount + discount always.
 * Amount: 0 ≤ amount ≤ base; a negative line (a return) takes the discount's sign with it.
 */
export function applyDiscount({ unitPrice, qty, discount }: { unitPrice: number; qty: number; discount: DiscountInput }): AppliedDiscount {
  const baseAmount = lineAmount(unitPrice, qty);
  if (discount.kind === "percent") {
    assertSafeInteger(discount.bp, "discount");
    if (discount.bp < 0 || discount.bp > 10_000) throw new DiscountError("percent", `discount must be 0–10000 basis points, got ${discount.bp}`);
    const amount = lineAmount(unitPrice, qty, discount.bp);
    return { baseAmount, discountAmount: baseAmount - amount, amount, effectiveBp: discount.bp, input: discount };
  }
  assertSafeInteger(discount.amount, "discount amount");
  const magnitude = Math.abs(baseAmount);
  if (discount.amount < 0 || discount.amount > magnitude) {
    throw new DiscountError("amount", `discount amount must be between 0 and ${magnitude}, got ${discount.amount}`);
  }
  const signed = baseAmount < 0 ? -discount.amount : discount.amount;
  const effectiveBp = magnitude === 0 ? 0 : toSafeNumber(divRoundHalfUp(BigInt(discount.amount) * 10_000n, BigInt(magnitude)), "basis points");
  return { baseAmount, discountAmount: signed, amount: baseAmount - signed, effectiveBp, input: discount };
}

/**
 * Whether a discount is above the role's limit (basis points) and so needs a manager's approval.
 * Equal to the limit is allowed. Exact: an amount discount is compared as
 * amount × 10 000 > limit × base, never through a rounded percentage.
 */
export function needsApproval(limitBp: number, applied: AppliedDiscount): boolean {
  assertSafeInteger(limitBp, "limit");
  if (applied.input.kind === "percent") return applied.input.bp > limitBp;
  const base = BigInt(Math.abs(applied.baseAmount));
  const off = BigInt(Math.abs(applied.discountAmount));
  if (off === 0n) return false;
  return off * 10_000n > BigInt(limitBp) * base;
}
