import { priceLine, type TaxSplit } from "@/lib/domain/money";

// What a credit note line is worth, pure. A partial credit is priced like any line (half-up
// once); the credit that completes a line takes exactly what is left of the original line's
// amounts, so an invoice credited in several parts nets to zero to the fen.

export type CreditableLine = {
  quantity: number;
  unitPrice: number;
  discountBp: number;
  vatRateBp: number;
  net: number;
  tax: number;
  gross: number;
  /** Already credited by issued credit notes: quantity and amounts. */
  credited: { quantity: number; net: number; tax: number; gross: number };
};

/** Still creditable on the line (thousandths). */
export function creditableQuantity(line: Pick<CreditableLine, "quantity" | "credited">): number {
  return Math.max(0, line.quantity - line.credited.quantity);
}

/** The amounts of crediting `quantity` of the line; null when more than is left. */
export function creditLineAmounts(line: CreditableLine, quantity: number, pricesIncludeTax: boolean): TaxSplit | null {
  if (!Number.isSafeInteger(quantity) || quantity <= 0 || quantity > creditableQuantity(line)) return null;
  if (quantity === creditableQuantity(line)) {
    return { net: line.net - line.credited.net, tax: line.tax - line.credited.tax, gross: line.gross - line.credited.gross };
  }
  const priced = priceLine({ unitPrice: line.unitPrice, quantity, discountBp: line.discountBp, vatRateBp: line.vatRateBp }, pricesIncludeTax);
  return { net: priced.net, tax: priced.tax, gross: priced.gross };
}
