import { describe, expect, it } from "vitest";
import { orderPhase, type LineQuantities } from "@/lib/domain/order-status";
import { deliveryStatus, invoiceStatus } from "@/lib/domain/order-status";
import { PHASES, phaseWhere, storedPhase } from "./order-phase";

const line = (q: Partial<LineQuantities>): LineQuantities => ({ quantity: 10, deliveredQty: 0, returnedQty: 0, invoicedQty: 0, creditedQty: 0, cancelledQty: 0, stockTracked: true, ...q });

function matches(where: ReturnType<typeof phaseWhere>, row: Record<string, unknown>): boolean {
  return Object.entries(where).every(([key, cond]) => {
    const v = row[key];
    if (cond && typeof cond === "object") return "not" in cond ? v !== cond.not : (cond.in as unknown[]).includes(v);
    return v === cond;
  });
}

describe("stored phase", () => {
  it("agrees with orderPhase over the lines, and exactly one phase filter matches each order", () => {
    const samples = [
      [line({})],
      [line({ deliveredQty: 5 })],
      [line({ deliveredQty: 10 })],
      [line({ deliveredQty: 10, invoicedQty: 4 })],
      [line({ invoicedQty: 10 })],
      [line({ invoicedQty: 4 })],
      [line({ deliveredQty: 5, invoicedQty: 5 })],
      [line({ deliveredQty: 10, invoicedQty: 10 })],
      [line({ stockTracked: false, invoicedQty: 3 })],
    ];
    for (const lines of samples) {
      for (const header of [{ status: "confirmed", creditHold: false }, { status: "confirmed", creditHold: true }, { status: "draft", creditHold: false }, { status: "cancelled", creditHold: false }]) {
        const row = { ...header, deliveryStatus: deliveryStatus(lines), invoiceStatus: invoiceStatus(lines) };
        const phase = storedPhase(row);
        expect(phase).toBe(orderPhase(header, lines));
        expect(PHASES.filter((p) => matches(phaseWhere(p), row))).toEqual([phase]);
      }
    }
  });
});
