// Money, exactly. Pure: no I/O, unit tested in money.test.ts.
//
// Representation (decided here, used everywhere): an amount is a JavaScript `number` holding an
// integer count of the currency's minor units (fen, cents; yen have none), always a SAFE integer
// (|n| ≤ 2^53 − 1 ≈ 90 trillion yuan). Every function checks its integer inputs and refuses a
// result past that range instead of losing digits. Intermediate products (price × quantity ×
// rate) are computed in bigint, so they are exact however large. Why `number` and not bigint
// throughout: amounts travel to forms, JSON and React props, where bigint does not go; Prisma
// `BigInt` columns come back as bigint — turn them into numbers with `toMinor`.
//
// One rounding rule: half-up (half away from zero, so negatives mirror positives), applied once
// per line amount and once per line tax; document totals are sums of rounded lines.
// Percentages (discounts, VAT rates) are integer basis points: 1300 = 13 %.
// Quantities are integers of thousandths (lib/domain/quantity.ts): 1500 = 1.5 pieces.
import { assertSafeInteger, divRoundHalfUp, formatScaled, parseScaled, pow10, toSafeNumber } from "./decimal";

export type CurrencyCode = string;

/** Minor-unit digits of the currencies we expect (ISO 4217); others come from Intl's data. */
export const CURRENCY_DIGITS: Readonly<Record<string, number>> = {
  CNY: 2, USD: 2, EUR: 2, GBP: 2, HKD: 2, MOP: 2, TWD: 2, SGD: 2, AUD: 2, CAD: 2, NZD: 2, CHF: 2,
  THB: 2, MYR: 2, PHP: 2, INR: 2, IDR: 2, RUB: 2, AED: 2, SAR: 2,
  JPY: 0, KRW: 0, VND: 0, CLP: 0, ISK: 0,
  KWD: 3, BHD: 3, OMR: 3, JOD: 3, TND: 3,
};

export class MoneyError extends RangeError {
  constructor(
    readonly reason: "format" | "precision" | "currency" | "rate" | "date" | "weights",
    message: string,
  ) {
    super(message);
    this.name = "MoneyError";
  }
}

let supported: Set<string> | undefined;
function intlCurrencies(): Set<string> {
  supported ??= new Set(Intl.supportedValuesOf("currency"));
  return supported;
}

export function isCurrencyCode(code: unknown): code is CurrencyCode {
  return typeof code === "string" && /^[A-Z]{3}$/.test(code) && (code in CURRENCY_DIGITS || intlCurrencies().has(code));
}

/** 2 for CNY, 0 for JPY, 3 for KWD. Throws for anything that is not an ISO 4217 code. */
export function minorDigits(currency: CurrencyCode): number {
  if (!isCurrencyCode(currency)) throw new MoneyError("currency", `unknown currency ${String(currency)}`);
  return CURRENCY_DIGITS[currency] ?? new Intl.NumberFormat("en", { style: "currency", currency }).resolvedOptions().maximumFractionDigits!;
}

export type ParseOptions = { rounding?: "exact" | "half-up" };

/**
 * "1,234.56" CNY → 123456. Plain decimal text only (optional sign, comma groups of three).
 * More decimals than the currency has ("1.005" CNY) is an error unless `rounding: "half-up"`.
 */
export function parseMoney(text: string, currency: CurrencyCode, options: ParseOptions = {}): number {
  const result = parseScaled(text, minorDigits(currency), options.rounding ?? "exact");
  if (!result.ok) {
    throw new MoneyError(result.reason, result.reason === "format" ? `not an amount: "${text}"` : `${currency} has ${minorDigits(currency)} decimals: "${text}"`);
  }
  return toSafeNumber(result.value, "amount");
}

/** parseMoney for forms: null instead of an error. */
export function tryParseMoney(text: string, currency: CurrencyCode, options: ParseOptions = {}): number | null {
  try {
    return parseMoney(text, currency, options);
  } catch (error) {
    if (error instanceof RangeError) return null;
    throw error;
  }
}

/** 123456 CNY → "1234.56", -5 → "-0.05", 1234 JPY → "1234". Exact, no grouping: for fields, CSV, APIs. */
export function formatMoney(minor: number, currency: CurrencyCode): string {
  assertSafeInteger(minor, "amount");
  return formatScaled(BigInt(minor), minorDigits(currency));
}

/** For people: "¥1,234.56", "US$1,234.56", "-€0.05" in the given locale. Intl formats the exact decimal text, never a float. */
export function displayMoney(minor: number, currency: CurrencyCode, locale: string): string {
  const digits = minorDigits(currency);
  const format = new Intl.NumberFormat(locale, { style: "currency", currency, minimumFractionDigits: digits, maximumFractionDigits: digits });
  return format.format(formatMoney(minor, currency) as Intl.StringNumericLiteral);
}

/** A database value (Prisma BigInt, Int, or a numeric string) → a checked minor-unit number. */
export function toMinor(value: number | bigint | string): number {
  if (typeof value === "number") {
    assertSafeInteger(value, "amount");
    return value;
  }
  if (typeof value === "string" && !/^-?\d+$/.test(value.trim())) throw new MoneyError("format", `not an integer amount: "${value}"`);
  return toSafeNumber(BigInt(typeof value === "string" ? value.trim() : value), "amount");
}

/** Sum of minor amounts, refusing an overflow instead of silently losing a fen. */
export function sumMoney(amounts: Iterable<number>): number {
  let total = 0n;
  for (const a of amounts) {
    assertSafeInteger(a, "amount");
    total += BigInt(a);
  }
  return toSafeNumber(total, "total");
}

function checkBasisPoints(bp: number, what: string): void {
  assertSafeInteger(bp, what);
  if (bp < 0 || bp > 10_000) throw new RangeError(`${what} must be between 0 and 10000 basis points, got ${bp}`);
}

/** round(amount × bp / 10 000): 13 % of 10.00 → 1.30. */
export function percentOf(minor: number, bp: number): number {
  assertSafeInteger(minor, "amount");
  checkBasisPoints(bp, "percentage");
  return toSafeNumber(divRoundHalfUp(BigInt(minor) * BigInt(bp), 10_000n), "amount");
}

/**
 * A line's amount: unit price × quantity (thousandths), less a discount in basis points, rounded
 * half-up ONCE from the exact product (so 3 × 0.333 with 10 % off is not rounded twice).
 * The discount amount to show is `lineAmount(price, qty) − lineAmount(price, qty, discountBp)`.
 */
export function lineAmount(unitPriceMinor: number, quantityThousandths: number, discountBp = 0): number {
  assertSafeInteger(unitPriceMinor, "unit price");
  assertSafeInteger(quantityThousandths, "quantity");
  checkBasisPoints(discountBp, "discount");
  const exact = BigInt(unitPriceMinor) * BigInt(quantityThousandths) * BigInt(10_000 - discountBp);
  return toSafeNumber(divRoundHalfUp(exact, 1000n * 10_000n), "line amount");
}

export type TaxSplit = { net: number; tax: number; gross: number };

/** Tax-exclusive price: tax = round(net × rate), gross = net + tax. */
export function taxFromNet(net: number, rateBp: number): TaxSplit {
  const tax = percentOf(net, rateBp);
  return { net, tax, gross: toSafeNumber(BigInt(net) + BigInt(tax), "gross") };
}

/** Tax-inclusive price: net = round(gross / (1 + rate)), tax = gross − net (so they always add up). */
export function taxFromGross(gross: number, rateBp: number): TaxSplit {
  assertSafeInteger(gross, "gross");
  checkBasisPoints(rateBp, "tax rate");
  const net = toSafeNumber(divRoundHalfUp(BigInt(gross) * 10_000n, BigInt(10_000 + rateBp)), "net");
  return { net, tax: gross - net, gross };
}

export type PriceLine = {
  /** Minor units per one unit of quantity; tax-inclusive or not per `pricesIncludeTax`. */
  unitPrice: number;
  /** Thousandths: 1000 = 1 piece. Negative on return and credit lines. */
  quantity: number;
  discountBp?: number;
  vatRateBp: number;
};

export type PricedLine = TaxSplit & { amount: number; vatRateBp: number };
export type RateBreakdown = TaxSplit & { vatRateBp: number };
export type DocumentTotals = TaxSplit & { lines: PricedLine[]; byRate: RateBreakdown[] };

/** One line: its amount (as priced), then net/tax/gross by the price list's convention. */
export function priceLine(line: PriceLine, pricesIncludeTax: boolean): PricedLine {
  const amount = lineAmount(line.unitPrice, line.quantity, line.discountBp ?? 0);
  const split = pricesIncludeTax ? taxFromGross(amount, line.vatRateBp) : taxFromNet(amount, line.vatRateBp);
  return { amount, vatRateBp: line.vatRateBp, ...split };
}

/**
 * A document's totals: every line rounded on its own, then summed — per VAT rate (highest rate
 * first, as invoices list them) and overall. The breakdown always adds up to the totals.
 */
export function documentTotals(lines: PriceLine[], pricesIncludeTax: boolean): DocumentTotals {
  const priced = lines.map((l) => priceLine(l, pricesIncludeTax));
  const rates = [...new Set(priced.map((l) => l.vatRateBp))].sort((a, b) => b - a);
  const byRate = rates.map((vatRateBp) => {
    const of = priced.filter((l) => l.vatRateBp === vatRateBp);
    return { vatRateBp, net: sumMoney(of.map((l) => l.net)), tax: sumMoney(of.map((l) => l.tax)), gross: sumMoney(of.map((l) => l.gross)) };
  });
  return {
    lines: priced,
    byRate,
    net: sumMoney(priced.map((l) => l.net)),
    tax: sumMoney(priced.map((l) => l.tax)),
    gross: sumMoney(priced.map((l) => l.gross)),
  };
}

/**
 * Splits `total` across lines in proportion to `weights` (e.g. a header discount or freight over
 * line amounts) so the parts add up to exactly `total`: largest remainder — every part gets its
 * floor, then the leftover minor units go one each to the largest fractional parts (ties to the
 * earlier line). A negative total is split like its magnitude, then negated.
 */
export function allocate(total: number, weights: number[]): number[] {
  assertSafeInteger(total, "total");
  weights.forEach((w, i) => {
    assertSafeInteger(w, `weight ${i}`);
    if (w < 0) throw new MoneyError("weights", `weight ${i} is negative`);
  });
  if (weights.length === 0) {
    if (total === 0) return [];
    throw new MoneyError("weights", "nothing to allocate to");
  }
  const sum = weights.reduce((a, w) => a + BigInt(w), 0n);
  if (sum === 0n) {
    if (total === 0) return weights.map(() => 0);
    throw new MoneyError("weights", "all weights are zero");
  }
  const magnitude = BigInt(Math.abs(total));
  const parts = weights.map((w, index) => ({ index, share: (magnitude * BigInt(w)) / sum, remainder: (magnitude * BigInt(w)) % sum }));
  let left = magnitude - parts.reduce((a, p) => a + p.share, 0n);
  const order = [...parts].sort((a, b) => (b.remainder > a.remainder ? 1 : b.remainder < a.remainder ? -1 : a.index - b.index));
  for (const p of order) {
    if (left === 0n) break;
    p.share += 1n;
    left -= 1n;
  }
  const sign = total < 0 ? -1 : 1;
  return parts.map((p) => sign * Number(p.share) || 0);
}

export type ExchangeRate = {
  /** How many units of the target currency one unit of the source buys, as exact decimal text: "7.1234". */
  rate: string;
  /** The day the rate is for, YYYY-MM-DD. */
  date: string;
};

export type Conversion = {
  amount: number;
  currency: CurrencyCode;
  from: { amount: number; currency: CurrencyCode };
  rate: string;
  date: string;
};

const RATE_DIGITS = 12;

function checkDate(date: string): void {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const d = m ? new Date(Date.UTC(+m[1], +m[2] - 1, +m[3])) : null;
  if (!m || !d || d.getUTCFullYear() !== +m[1] || d.getUTCMonth() !== +m[2] - 1 || d.getUTCDate() !== +m[3]) {
    throw new MoneyError("date", `not a date (YYYY-MM-DD): "${date}"`);
  }
}

/**
 * amount (in `from`) × rate → `to`, rounded half-up once, with the rate and its date in the
 * result so every converted figure can say where it came from. The rate is exact decimal text
 * (up to 12 decimals) and must be positive; converting to the same currency needs rate 1.
 */
export function convert(minor: number, from: CurrencyCode, to: CurrencyCode, { rate, date }: ExchangeRate): Conversion {
  assertSafeInteger(minor, "amount");
  const fromDigits = minorDigits(from);
  const toDigits = minorDigits(to);
  checkDate(date);
  const parsed = parseScaled(rate, RATE_DIGITS);
  if (!parsed.ok || parsed.value <= 0n || rate.includes(",")) throw new MoneyError("rate", `not a positive exchange rate: "${rate}"`);
  const scaledRate = parsed.value; // rate × 10^12
  if (from === to && scaledRate !== pow10(RATE_DIGITS)) throw new MoneyError("rate", `${from} → ${to} must use rate 1`);
  // minor_to = minor_from × rate × 10^toDigits / 10^fromDigits
  const numerator = BigInt(minor) * scaledRate * pow10(toDigits);
  const amount = toSafeNumber(divRoundHalfUp(numerator, pow10(RATE_DIGITS + fromDigits)), "converted amount");
  const normalized = formatScaled(scaledRate, RATE_DIGITS).replace(/\.?0+$/, "");
  return { amount, currency: to, from: { amount: minor, currency: from }, rate: normalized, date };
}
