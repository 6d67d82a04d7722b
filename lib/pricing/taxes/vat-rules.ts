import { FieldError } from "@/lib/errors";
import { VAT_CATEGORIES, ZERO_RATE_CATEGORIES, type VatCategory } from "@/lib/validation/tax";

/**
 * EN 16931: standard-rated (S) lines carry a rate above zero; zero-rated (Z), exempt (E),
 * reverse charge (AE), intra-community (K), export (G) and not-subject (O) lines carry 0 %.
 */
export function checkCategoryRate(categoryCode: string, rateBp: number): void {
  if (!(VAT_CATEGORIES as readonly string[]).includes(categoryCode)) throw new FieldError("categoryCode", "choice");
  if (ZERO_RATE_CATEGORIES.includes(categoryCode as VatCategory) && rateBp !== 0) throw new FieldError("rate", "pricing.zeroRateCategory");
  if (categoryCode === "S" && rateBp === 0) throw new FieldError("rate", "pricing.standardRateCategory");
}
