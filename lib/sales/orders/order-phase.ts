import type { OrderPhase } from "@/lib/domain/order-status";

// The phase of an order from its stored lifecycle and the statuses kept from its lines (the same
// answer as orderPhase over the lines, without loading them), and the list filter for a phase.
// Pure, so lists and the CSV export agree with the order page.

export const PHASES = ["draft", "on_hold", "confirmed", "partially_delivered", "delivered", "partially_invoiced", "invoiced", "closed", "cancelled"] as const satisfies readonly OrderPhase[];

type Stored = { status: string; creditHold: boolean; deliveryStatus: string; invoiceStatus: string };

export function storedPhase(o: Stored): OrderPhase {
  if (o.status === "draft") return "draft";
  if (o.status === "cancelled") return "cancelled";
  if (o.creditHold) return "on_hold";
  const delivered = o.deliveryStatus === "delivered";
  if (delivered && o.invoiceStatus === "invoiced") return "closed";
  if (o.invoiceStatus === "invoiced") return "invoiced";
  if (delivered && o.invoiceStatus === "partial") return "partially_invoiced";
  if (o.deliveryStatus === "partial") return "partially_delivered";
  if (delivered) return "delivered";
  if (o.invoiceStatus === "partial") return "partially_invoiced";
  return "confirmed";
}

type Where = { status: string; creditHold?: boolean; deliveryStatus?: string | { not: string } | { in: string[] }; invoiceStatus?: string | { not: string } };

/** The rows whose storedPhase is `phase`. */
export function phaseWhere(phase: OrderPhase): Where {
  const open = { status: "confirmed", creditHold: false };
  switch (phase) {
    case "draft":
    case "cancelled":
      return { status: phase };
    case "on_hold":
      return { status: "confirmed", creditHold: true };
    case "closed":
      return { ...open, deliveryStatus: "delivered", invoiceStatus: "invoiced" };
    case "invoiced":
      return { ...open, deliveryStatus: { not: "delivered" }, invoiceStatus: "invoiced" };
    case "partially_invoiced":
      return { ...open, deliveryStatus: { in: ["delivered", "none"] }, invoiceStatus: "partial" };
    case "partially_delivered":
      return { ...open, deliveryStatus: "partial", invoiceStatus: { not: "invoiced" } };
    case "delivered":
      return { ...open, deliveryStatus: "delivered", invoiceStatus: "none" };
    case "confirmed":
      return { ...open, deliveryStatus: "none", invoiceStatus: "none" };
  }
}
