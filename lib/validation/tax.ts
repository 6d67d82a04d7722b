import { z } from "zod";
import { percentToBasisPoints } from "@/lib/domain/basis-points";
import { Checkbox } from "./pricing";

/** EN 16931 / UNCL5305 VAT category codes. */
export const VAT_CATEGORIES = ["S", "Z", "E", "AE", "K", "G", "O"] as const;
export type VatCategory = (typeof VAT_CATEGORIES)[number];

/** Categories whose rate is 0 % by definition (EN 16931 BR-Z, BR-E, BR-AE, BR-IC, BR-G, BR-O rules). */
export const ZERO_RATE_CATEGORIES: readonly VatCategory[] = ["Z", "E", "AE", "K", "G", "O"];

const Code = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z0-9_-]{1,20}$/, { error: "pricing.vatCode" });

const Name = z.string().trim().min(1).max(50);

export const VatPercent = z.string().transform((value, ctx) => {
  const bp = percentToBasisPoints(value);
  if (bp === null) {
    ctx.addIssue({ code: "custom", message: "vatRate" });
    return z.NEVER;
  }
  return bp;
});

export const VatRateCreateInput = z.object({
  code: Code,
  nameZh: Name,
  nameEn: Name,
  rate: VatPercent,
  categoryCode: z.enum(VAT_CATEGORIES),
});
export type VatRateCreateInput = z.output<typeof VatRateCreateInput>;

/** The rate itself never changes once products use it: a new rate is a new code. */
export const VatRateUpdateInput = z.object({ code: Code, nameZh: Name, nameEn: Name, active: Checkbox });
export type VatRateUpdateInput = z.output<typeof VatRateUpdateInput>;

export const VatRateDeleteInput = z.object({ code: Code });
