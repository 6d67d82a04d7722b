// Exact decimal text ↔ scaled integers, the core under money (minor units) and quantities
// (thousandths). Arithmetic is done in bigint, so intermediate products never lose a digit;
// callers turn results back into safe `number`s with `toSafeNumber`.
//
// Rounding: "half-up" means half AWAY FROM ZERO (四舍五入 as accountants do it): 0.005 → 0.01 and
// -0.005 → -0.01, so a credit note is exactly the negative of its invoice.

export type ParseResult = { ok: true; value: bigint } | { ok: false; reason: "format" | "precision" };

// An optional sign, digits (optionally grouped by commas in threes: "1,234,567"), optional
// fraction. No exponents, no bare ".5" or "5.", no spaces inside: what people type in a form.
const DECIMAL = /^([+-])?(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?$/;
// Far above any amount we store; stops a 10 MB string from becoming a 10 MB bigint.
const MAX_TEXT = 64;

export const pow10 = (n: number): bigint => 10n ** BigInt(n);

/**
 * "12.345" with digits 2 → 1235n (half-up) or a "precision" failure (exact). The text may carry
 * fewer decimals than `digits` ("12.3" → 1230n) but never more unless asked to round.
 */
export function parseScaled(text: string, digits: number, rounding: "exact" | "half-up" = "exact"): ParseResult {
  const trimmed = String(text).trim();
  const m = trimmed.length <= MAX_TEXT ? DECIMAL.exec(trimmed) : null;
  if (!m) return { ok: false, reason: "format" };
  const negative = m[1] === "-";
  const whole = m[2].replaceAll(",", "");
  const fraction = m[3] ?? "";
  let magnitude = BigInt(whole) * pow10(digits) + BigInt(fraction.slice(0, digits).padEnd(digits, "0") || "0");
  const rest = fraction.slice(digits);
  if (/[1-9]/.test(rest)) {
    if (rounding === "exact") return { ok: false, reason: "precision" };
    if (rest[0] >= "5") magnitude += 1n;
  }
  return { ok: true, value: negative ? -magnitude : magnitude };
}

/** 123456n with digits 2 → "1234.56"; -5n → "-0.05"; digits 0 → "1234". No grouping. */
export function formatScaled(value: bigint, digits: number): string {
  const negative = value < 0n;
  const magnitude = negative ? -value : value;
  const scale = pow10(digits);
  const whole = (magnitude / scale).toString();
  const text = digits > 0 ? `${whole}.${(magnitude % scale).toString().padStart(digits, "0")}` : whole;
  return negative ? `-${text}` : text;
}

/** n / d rounded half away from zero; d must be positive. */
export function divRoundHalfUp(n: bigint, d: bigint): bigint {
  if (d <= 0n) throw new RangeError("divisor must be positive");
  const q = n / d; // truncates toward zero
  const r = n % d;
  const twice = (r < 0n ? -r : r) * 2n;
  if (twice >= d) return n < 0n ? q - 1n : q + 1n;
  return q;
}

/** A bigint result back to `number`, refusing anything past 2^53 rather than losing digits. */
export function toSafeNumber(value: bigint, what = "value"): number {
  if (value > BigInt(Number.MAX_SAFE_INTEGER) || value < BigInt(Number.MIN_SAFE_INTEGER)) {
    throw new RangeError(`${what} ${value} is beyond the safe integer range`);
  }
  return Number(value);
}

/** Guards every integer argument: a float or NaN here is a bug upstream, never rounded away. */
export function assertSafeInteger(value: unknown, what: string): asserts value is number {
  if (typeof value !== "number" || !Number.isSafeInteger(value)) {
    throw new TypeError(`${what} must be a safe integer, got ${String(value)}`);
  }
}
