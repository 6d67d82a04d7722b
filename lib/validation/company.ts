import { z } from "zod";
import { percentToBasisPoints } from "@/lib/domain/basis-points";
import { Email } from "./user";

// Real ISO 4217 codes where the runtime knows them (Node and browsers do), else the shape only.
const KNOWN_CURRENCIES: ReadonlySet<string> | null = typeof Intl.supportedValuesOf === "function" ? new Set(Intl.supportedValuesOf("currency")) : null;

export const CurrencyCode = z
  .string()
  .trim()
  .toUpperCase()
  .refine((v) => /^[A-Z]{3}$/.test(v) && (!KNOWN_CURRENCIES || KNOWN_CURRENCIES.has(v)), { error: "currency" });

/** "13" or "9.5" (percent, at most 2 decimals) → basis points, parsed from the text, no floats. */
export const VatRatePercent = z.string().transform((value, ctx) => {
  const bp = percentToBasisPoints(value);
  if (bp === null) {
    ctx.addIssue({ code: "custom", message: "vatRate" });
    return z.NEVER;
  }
  return bp;
});

export const CompanyInput = z.object({
  name: z.string().trim().min(1).max(200),
  address: z.string().trim().max(500).default(""),
  taxId: z.string().trim().max(50).default(""),
  phone: z.string().trim().max(50).default(""),
  email: z.union([z.literal(""), Email]).default(""),
  baseCurrency: CurrencyCode,
  defaultVatRate: VatRatePercent,
});
export type CompanyInput = z.output<typeof CompanyInput>;

export const LogoInput = z.object({ logo: z.instanceof(File, { error: "imageType" }) });
