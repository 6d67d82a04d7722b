import { describe, expect, it } from "vitest";
import { DeliveryFormInput } from "./deliveries";
import { ReturnFormInput } from "./returns";

const header = { accountId: "acc1", warehouseId: "wh1", deliveryDate: "2026-06-15" };

describe("delivery and return forms", () => {
  it("keeps lines with a quantity, as thousandths, and drops the empty ones", () => {
    const parsed = DeliveryFormInput.parse({ ...header, lines: JSON.stringify([{ orderLineId: "l1", quantity: "2.5" }, { orderLineId: "l2", quantity: "0" }]) });
    expect(parsed.lines).toEqual([{ orderLineId: "l1", quantity: 2500 }]);
    expect(parsed).toMatchObject({ carrier: "", trackingNumber: "", notes: "", shippingAddress: "" });
  });

  it("refuses a note with nothing to deliver, bad quantities and bad days", () => {
    expect(DeliveryFormInput.safeParse({ ...header, lines: JSON.stringify([{ orderLineId: "l1", quantity: "0" }]) }).success).toBe(false);
    expect(DeliveryFormInput.safeParse({ ...header, lines: "not json" }).success).toBe(false);
    expect(DeliveryFormInput.safeParse({ ...header, lines: JSON.stringify([{ orderLineId: "l1", quantity: "-1" }]) }).success).toBe(false);
    expect(DeliveryFormInput.safeParse({ ...header, lines: JSON.stringify([{ orderLineId: "l1", quantity: "1.0001" }]) }).success).toBe(false);
    expect(DeliveryFormInput.safeParse({ ...header, deliveryDate: "2026-02-30", lines: JSON.stringify([{ orderLineId: "l1", quantity: "1" }]) }).success).toBe(false);
  });

  it("returns need a reason, a disposition per line and a quantity somewhere", () => {
    const lines = JSON.stringify([{ deliveryLineId: "d1", quantity: "1", disposition: "scrap" }, { deliveryLineId: "d2", quantity: "", disposition: "restock" }]);
    expect(ReturnFormInput.safeParse({ deliveryId: "d", returnDate: "2026-06-15", reason: "", lines }).success).toBe(false);
    expect(ReturnFormInput.parse({ deliveryId: "d", returnDate: "2026-06-15", reason: "破损", lines }).lines).toEqual([{ deliveryLineId: "d1", quantity: 1000, disposition: "scrap" }]);
    expect(ReturnFormInput.safeParse({ deliveryId: "d", returnDate: "2026-06-15", reason: "x", lines: JSON.stringify([{ deliveryLineId: "d1", quantity: "1", disposition: "burn" }]) }).success).toBe(false);
  });
});
