import { percentToBasisPoints } from "./basis-points";
import { lineAmount, sumMoney, tryParseMoney } from "./money";
import { isWholeQuantity, tryParseQuantity } from "./quantity";

// Turning typed document lines into exact values: quantity in thousandths, unit price in minor
// units of the document currency, discount in basis points. Pure, so the rules are unit-tested
// once and every document (opportunity, quote, order, invoice) applies the same ones.

export type TypedLine = { productId: string | null; description: string; quantity: string; unitPrice: string; discount: string };
export type ExactLine = { productId: string | null; description: string; quantity: number; unitPrice: number; discountBp: number; amount: number };
export type LineProductFacts = { uomDecimals: boolean; name: string };

/** Where a typed line is wrong: the field path the form shows it on and a `validation` key. */
export type LineProblem = { field: string; key: string };

const MAX_INT32 = 2_147_483_647;

/**
 * Parses one typed line. A line without a product needs a description; a product line without
 * one takes the product's name. Quantities must be positive (whole for products sold in whole
 * units), prices ≥ 0, discounts 0–100 %.
 */
export function parseLine(line: TypedLine, index: number, currency: string, product: LineProductFacts | null): ExactLine | LineProblem {
  const at = (field: string, key: string): LineProblem => ({ field: `lines.${index}.${field}`, key });
  const description = line.description || product?.name || "";
  if (!description) return at("description", "lines.description");
  const quantity = tryParseQuantity(line.quantity);
  if (quantity === null || quantity <= 0 || quantity > MAX_INT32) return at("quantity", "lines.quantity");
  if (product && !product.uomDecimals && !isWholeQuantity(quantity)) return at("quantity", "lines.wholeQuantity");
  const unitPrice = tryParseMoney(line.unitPrice, currency);
  if (unitPrice === null || unitPrice < 0 || unitPrice > MAX_INT32) return at("unitPrice", "lines.unitPrice");
  const discountBp = line.discount === "" ? 0 : percentToBasisPoints(line.discount);
  if (discountBp === null || discountBp < 0 || discountBp > 10_000) return at("discount", "lines.discount");
  return { productId: line.productId, description, quantity, unitPrice, discountBp, amount: lineAmount(unitPrice, quantity, discountBp) };
}

export function isLineProblem(value: ExactLine | LineProblem): value is LineProblem {
  return "key" in value;
}

/** The total of parsed lines, in minor units of the document currency. */
export function linesTotal(lines: readonly Pick<ExactLine, "amount">[]): number {
  return sumMoney(lines.map((l) => l.amount));
}
