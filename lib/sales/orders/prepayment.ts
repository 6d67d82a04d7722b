import { percentToBasisPoints } from "@/lib/domain/basis-points";
import { percentOf, tryParseMoney } from "@/lib/domain/money";
import { FieldError } from "@/lib/errors";

/**
 * The prepayment required before delivery, in document currency: a percentage of the gross total
 * (rounded half-up) or an amount, never more than the total. Empty = none.
 */
export function prepaymentAmount(kind: "percent" | "amount", text: string, total: number, currency: string): number {
  if (text.trim() === "") return 0;
  if (kind === "percent") {
    const bp = percentToBasisPoints(text);
    if (bp === null || bp < 0 || bp > 10_000) throw new FieldError("prepayment", "pricing.percent");
    return percentOf(total, bp);
  }
  const minor = tryParseMoney(text, currency);
  if (minor === null || minor < 0) throw new FieldError("prepayment", "pricing.money");
  return Math.min(minor, total);
}
