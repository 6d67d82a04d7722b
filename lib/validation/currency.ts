import { z } from "zod";
import { CurrencyCode } from "./company";
import { Checkbox, Day } from "./pricing";

export const RATE_DECIMALS = 10;
const RATE_TEXT = /^(\d{1,12})(?:\.(\d{1,10}))?$/;

/**
 * An exchange rate as exact decimal text: digits, optionally a point and up to 10 decimals,
 * above zero. Normalised without trailing zeros ("7.12340" → "7.1234") so equal rates are equal text.
 */
export function normalizeRate(text: string): string | null {
  const m = RATE_TEXT.exec(text.trim());
  if (!m) return null;
  const whole = m[1].replace(/^0+(?=\d)/, "");
  const fraction = (m[2] ?? "").replace(/0+$/, "");
  if (/^0+$/.test(whole) && fraction === "") return null; // zero is not a rate
  return fraction ? `${whole}.${fraction}` : whole;
}

export const RateText = z.string().transform((value, ctx) => {
  const rate = normalizeRate(value);
  if (rate === null) {
    ctx.addIssue({ code: "custom", message: "pricing.rate" });
    return z.NEVER;
  }
  return rate;
});

export const ExchangeRateInput = z.object({ currencyCode: CurrencyCode, rateDate: Day, rate: RateText });
export type ExchangeRateInput = z.output<typeof ExchangeRateInput>;

export const ExchangeRateDeleteInput = z.object({ currencyCode: CurrencyCode, rateDate: Day });
export type ExchangeRateDeleteInput = z.output<typeof ExchangeRateDeleteInput>;

export const CurrencyEnabledInput = z.object({ code: CurrencyCode, enabled: Checkbox });
export type CurrencyEnabledInput = z.output<typeof CurrencyEnabledInput>;

export const CurrencyCreateInput = z.object({
  code: CurrencyCode,
  nameZh: z.string().trim().min(1).max(50),
  nameEn: z.string().trim().min(1).max(50),
});
export type CurrencyCreateInput = z.output<typeof CurrencyCreateInput>;

export const MAX_RATES_FILE_BYTES = 1024 * 1024;

export const RatesImportInput = z.object({
  file: z.instanceof(File, { error: "pricing.csvFile" }).refine((f) => f.size > 0 && f.size <= MAX_RATES_FILE_BYTES, { error: "pricing.csvFile" }),
  /** "dryRun" checks every row and writes nothing; "import" writes all rows or none. */
  mode: z.enum(["dryRun", "import"]),
});
