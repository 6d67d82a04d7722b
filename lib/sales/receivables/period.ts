import { companyDay } from "@/lib/pricing/company-day";

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const valid = (v: unknown): v is string => typeof v === "string" && DAY.test(v) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v);

/**
 * A ledger or statement period from the URL, leniently: bad or missing values fall back to the
 * last twelve months up to today; a reversed range is swapped rather than refused.
 */
export function parsePeriod(input: Record<string, string | string[] | undefined>, today = companyDay()): { from: string; to: string } {
  const to = valid(input.to) ? input.to : today;
  const yearAgo = new Date(Date.parse(`${to}T00:00:00Z`) - 364 * 86_400_000).toISOString().slice(0, 10);
  const from = valid(input.from) ? input.from : yearAgo;
  return from <= to ? { from, to } : { from: to, to: from };
}
