// Quantities are exact decimals with up to 3 places, held as integers of thousandths
// (1.5 pieces = 1500), never floats. Pure; unit tested in quantity.test.ts.
import { assertSafeInteger, formatScaled, parseScaled, toSafeNumber } from "./decimal";

export const QUANTITY_DIGITS = 3;
export const QUANTITY_SCALE = 1000;

export class QuantityError extends RangeError {
  constructor(
    readonly reason: "format" | "precision",
    message: string,
  ) {
    super(message);
    this.name = "QuantityError";
  }
}

/** "1.5" → 1500, "2" → 2000, "0.001" → 1. More than 3 decimals is an error unless rounding half-up. */
export function parseQuantity(text: string, options: { rounding?: "exact" | "half-up" } = {}): number {
  const result = parseScaled(text, QUANTITY_DIGITS, options.rounding ?? "exact");
  if (!result.ok) {
    throw new QuantityError(result.reason, result.reason === "format" ? `not a quantity: "${text}"` : `more than ${QUANTITY_DIGITS} decimals: "${text}"`);
  }
  return toSafeNumber(result.value, "quantity");
}

/** parseQuantity for forms: null instead of an error. */
export function tryParseQuantity(text: string, options: { rounding?: "exact" | "half-up" } = {}): number | null {
  try {
    return parseQuantity(text, options);
  } catch (error) {
    if (error instanceof RangeError) return null;
    throw error;
  }
}

/** 1500 → "1.5", 2000 → "2", 1 → "0.001": the shortest exact text. `fixed` keeps all 3 decimals. */
export function formatQuantity(thousandths: number, options: { fixed?: boolean } = {}): string {
  assertSafeInteger(thousandths, "quantity");
  const text = formatScaled(BigInt(thousandths), QUANTITY_DIGITS);
  return options.fixed ? text : text.replace(/\.?0+$/, "");
}

/** Whole units → thousandths: 3 pieces → 3000. */
export function units(count: number): number {
  assertSafeInteger(count, "count");
  return toSafeNumber(BigInt(count) * BigInt(QUANTITY_SCALE), "quantity");
}

export function isWholeQuantity(thousandths: number): boolean {
  assertSafeInteger(thousandths, "quantity");
  return thousandths % QUANTITY_SCALE === 0;
}
