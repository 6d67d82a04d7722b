// Order statuses are derived from the order-line quantity ledger, never set by hand. Pure.
// Quantities are thousandths. "Kept" = what the customer keeps: ordered − cancelled − returned.

export type LineQuantities = {
  quantity: number;
  deliveredQty: number;
  returnedQty: number;
  invoicedQty: number;
  creditedQty: number;
  cancelledQty: number;
  /** Services and untracked goods have nothing to deliver. */
  stockTracked: boolean;
};

export type DeliveryStatus = "none" | "partial" | "delivered";
export type InvoiceStatus = "none" | "partial" | "invoiced";
export type OrderPhase = "draft" | "on_hold" | "confirmed" | "partially_delivered" | "delivered" | "partially_invoiced" | "invoiced" | "closed" | "cancelled";

/** Still to deliver on a line: ordered − cancelled − delivered (a return does not reopen it). */
export function openToDeliver(l: LineQuantities): number {
  return l.stockTracked ? Math.max(0, l.quantity - l.cancelledQty - l.deliveredQty) : 0;
}

/** Still to invoice on a line: what the customer keeps less what is invoiced net of credits. */
export function openToInvoice(l: LineQuantities): number {
  return Math.max(0, l.quantity - l.cancelledQty - l.returnedQty - (l.invoicedQty - l.creditedQty));
}

/** Delivered (net of returns) but not yet invoiced (net of credits). */
export function deliveredNotInvoiced(l: LineQuantities): number {
  return Math.max(0, l.deliveredQty - l.returnedQty - (l.invoicedQty - l.creditedQty));
}

export function deliveryStatus(lines: readonly LineQuantities[]): DeliveryStatus {
  const tracked = lines.filter((l) => l.stockTracked && l.quantity - l.cancelledQty > 0);
  if (tracked.length === 0) return "delivered";
  if (tracked.every((l) => openToDeliver(l) === 0)) return "delivered";
  return tracked.some((l) => l.deliveredQty > 0) ? "partial" : "none";
}

export function invoiceStatus(lines: readonly LineQuantities[]): InvoiceStatus {
  const live = lines.filter((l) => l.quantity - l.cancelledQty - l.returnedQty > 0);
  if (live.length > 0 && live.every((l) => openToInvoice(l) === 0)) return "invoiced";
  if (lines.some((l) => l.invoicedQty - l.creditedQty > 0)) return "partial";
  // Everything returned and credited (or cancelled): nothing left to invoice.
  return live.length === 0 && lines.some((l) => l.invoicedQty > 0) ? "invoiced" : "none";
}

/** One word for lists and badges, from the stored lifecycle and the derived statuses. */
export function orderPhase(order: { status: string; creditHold: boolean }, lines: readonly LineQuantities[]): OrderPhase {
  if (order.status === "draft") return "draft";
  if (order.status === "cancelled") return "cancelled";
  if (order.creditHold) return "on_hold";
  const delivery = deliveryStatus(lines);
  const invoice = invoiceStatus(lines);
  if (delivery === "delivered" && invoice === "invoiced") return "closed";
  if (invoice === "invoiced") return "invoiced";
  if (delivery === "delivered" && invoice === "partial") return "partially_invoiced";
  if (delivery === "partial") return "partially_delivered";
  if (delivery === "delivered") return "delivered";
  if (invoice === "partial") return "partially_invoiced";
  return "confirmed";
}
