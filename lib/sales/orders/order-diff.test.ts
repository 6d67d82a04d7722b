import { describe, expect, it } from "vitest";
import { diffOrder } from "./order-diff";

const header = { contactId: null, priceListId: null, orderDate: "2026-11-30", requestedDate: "", paymentTermsDays: 30, customerReference: "PO-1", shippingAddress: "", notes: "", prepaymentRequired: 0n };
const old = { id: "l1", position: 0, productId: "p1", description: "Mug", quantity: 5000, unitPrice: 1000, discountBp: 0, vatRateBp: 1300 };

describe("order change diff", () => {
  it("lists changed header fields and line fields with old and new values", () => {
    const changes = diffOrder(header, { ...header, customerReference: "PO-2", prepaymentRequired: 500n }, [old], [{ ...old, lineId: "l1", quantity: 6000, discountBp: 500 }]);
    expect(changes).toEqual([
      { field: "customerReference", old: "PO-1", new: "PO-2" },
      { field: "prepaymentRequired", old: 0, new: 500 },
      { field: "quantity", line: 1, old: 5000, new: 6000 },
      { field: "discountBp", line: 1, old: 0, new: 500 },
    ]);
  });

  it("records added and removed lines; nothing changed is an empty list", () => {
    expect(diffOrder(header, header, [old], [{ ...old, lineId: "l1" }])).toEqual([]);
    const changes = diffOrder(header, header, [old], [{ ...old, lineId: null, description: "Plate", quantity: 1000 }]);
    expect(changes).toEqual([
      { field: "lineAdded", line: 1, old: null, new: "Plate × 1000" },
      { field: "lineRemoved", line: 1, old: "Mug × 5000", new: null },
    ]);
  });
});
