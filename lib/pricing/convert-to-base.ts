import "server-only";
import { db, type Tx } from "@/lib/db/client";
import { convert, type Conversion } from "@/lib/domain/money";
import { AppError } from "@/lib/errors";
import { asCompanyDay } from "./company-day";

export type ConvertToBaseInput = {
  /** Minor units of `currency`. */
  amount: number;
  currency: string;
  /** The document's day (YYYY-MM-DD), or an instant taken as its day in the company's time zone. */
  date: Date | string;
  tx?: Tx;
};

/**
 * An amount in the company's base currency, at the latest rate on or before the date (a rate
 * entered for Friday still converts Sunday's order). The result always states the rate used and
 * ITS date, so every converted figure can say where it came from. Base → base is rate 1 on the
 * day itself. No rate on or before the date → AppError "pricing.noRate" (translated for people).
 */
export async function convertToBase({ amount, currency, date, tx }: ConvertToBaseInput): Promise<Conversion> {
  const client = tx ?? db;
  const day = asCompanyDay(date);
  const company = await client.company.findUnique({ where: { id: "company" }, select: { baseCurrency: true } });
  const base = company?.baseCurrency ?? "CNY";
  if (currency === base) return convert(amount, base, base, { rate: "1", date: day });
  const rate = await client.exchangeRate.findFirst({
    where: { currencyCode: currency, rateDate: { lte: day } },
    orderBy: { rateDate: "desc" },
    select: { rate: true, rateDate: true },
  });
  if (!rate) throw new AppError("pricing.noRate", { currency, date: day });
  return convert(amount, currency, base, { rate: rate.rate, date: rate.rateDate });
}
