import { z } from "zod";
import { ROLES } from "@/lib/auth/roles";
import { percentToBasisPoints } from "@/lib/domain/basis-points";

/** "10" or "12.5" percent → basis points, from the text, no floats. */
export const DiscountPercent = z.string().transform((value, ctx) => {
  const bp = percentToBasisPoints(value);
  if (bp === null) {
    ctx.addIssue({ code: "custom", message: "pricing.percent" });
    return z.NEVER;
  }
  return bp;
});

/** One field per role, named after it. */
export const DiscountLimitsInput = z.object(Object.fromEntries(ROLES.map((role) => [role, DiscountPercent])) as Record<(typeof ROLES)[number], typeof DiscountPercent>);
export type DiscountLimitsInput = z.output<typeof DiscountLimitsInput>;
