import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { transact } from "@/lib/db/transact";
import { toMinor } from "@/lib/domain/money";
import { NotFoundError } from "@/lib/errors";
import { createAccountRow } from "@/lib/testing/crm-factories";
import { createActor, createCompany } from "@/lib/testing/factories";
import { setCreditPolicy } from "@/lib/testing/sales-factories";
import { defaultWarehouse, type TestWarehouse } from "@/lib/testing/stock-factories";
import type { OrderCreateInput } from "@/lib/validation/orders";
import { confirmOrder } from "@/lib/sales/orders/confirm-order";
import { changeOrder } from "@/lib/sales/orders/change-order";
import { createOrder } from "@/lib/sales/orders/create-order";
import { postReceivableEntryInTx } from "@/lib/sales/receivables/post-receivable-entry";
import { evaluateCreditInTx } from "./evaluate-credit";
import { findCreditHolds } from "./find-credit-holds";
import { recheckCreditHoldsInTx } from "./recheck-credit-holds";
import { releaseCreditHold } from "./release-credit-hold";

// Credit control at confirmation: the limit holds under concurrent confirmations, holds are
// released with a recorded, audited reason, and a payment lifts the holds it covers.

let rep: Actor;
let manager: Actor;
let otherRep: Actor;
let wh: TestWarehouse;

beforeAll(async () => {
  await createCompany();
  rep = await createActor("sales");
  otherRep = await createActor("sales");
  manager = await createActor("admin");
  wh = await defaultWarehouse();
});

function serviceOrder(accountId: string, unitPrice: string): OrderCreateInput {
  return {
    accountId, currencyCode: "CNY", contactId: null, warehouseId: wh.id, priceListId: null, orderDate: "2026-11-30", requestedDate: "", paymentTermsDays: 30,
    customerReference: "", shippingAddress: "", notes: "", prepaymentKind: "percent", prepayment: "",
    lines: [{ lineId: "", productId: null, description: "Service", quantity: "1", unitPrice, discount: "" }],
  };
}

describe("credit check at confirmation", () => {
  it("50 concurrent confirmations against one limit: the orders that count stay within it, the rest are on hold", async () => {
    const account = await createAccountRow({ ownerId: rep.id });
    // Each order is 100.00 + 13 % = 113.00; the limit fits 7 of them.
    await setCreditPolicy(account.id, { creditLimit: 80_000 });
    const ids: string[] = [];
    for (let i = 0; i < 50; i++) ids.push((await createOrder({ actor: rep, input: serviceOrder(account.id, "100") })).id);
    const results = await Promise.all(ids.map((id) => confirmOrder({ actor: rep, id, today: "2026-11-30" })));
    expect(results.filter((r) => r.credit === "ok")).toHaveLength(7);
    expect(results.filter((r) => r.credit === "hold")).toHaveLength(43);
    const counted = await db.salesOrder.findMany({ where: { accountId: account.id, status: "confirmed", creditHold: false }, select: { totalBase: true } });
    expect(counted.reduce((a, o) => a + toMinor(o.totalBase), 0)).toBeLessThanOrEqual(80_000);
    const evaluation = await transact((tx) => evaluateCreditInTx(tx, account.id, "2026-11-30"));
    expect(evaluation.parts.total).toBe(7 * 11_300);
    expect(await db.auditEntry.count({ where: { action: "credit_hold", entityId: { in: ids } } })).toBe(43);
  });

  it("warns instead of holding when the policy says warn; checks nothing at confirmation when it checks at delivery", async () => {
    const warn = await createAccountRow({ ownerId: rep.id });
    await setCreditPolicy(warn.id, { creditLimit: 100, creditAction: "warn" });
    const a = await createOrder({ actor: rep, input: serviceOrder(warn.id, "100") });
    expect(await confirmOrder({ actor: rep, id: a.id })).toMatchObject({ credit: "warn" });
    expect(await db.salesOrder.findUniqueOrThrow({ where: { id: a.id } })).toMatchObject({ creditHold: false, creditWarning: "over_limit" });

    const later = await createAccountRow({ ownerId: rep.id });
    await setCreditPolicy(later.id, { creditLimit: 100, creditCheckAt: "delivery" });
    const b = await createOrder({ actor: rep, input: serviceOrder(later.id, "100") });
    expect(await confirmOrder({ actor: rep, id: b.id })).toMatchObject({ credit: "ok" });
  });

  it("an invoice overdue beyond the tolerance holds the order even within the limit", async () => {
    const account = await createAccountRow({ ownerId: rep.id });
    await setCreditPolicy(account.id, { creditLimit: 10_000_000, creditOverdueDays: 10 });
    await db.invoice.create({
      data: { number: `INV-OD-${account.id}`, status: "issued", accountId: account.id, ownerId: rep.id, currencyCode: "CNY", issueDate: "2026-09-01", dueDate: "2026-10-01", total: 5000n, totalBase: 5000n, createdById: rep.id },
    });
    const { id } = await createOrder({ actor: rep, input: serviceOrder(account.id, "100") });
    expect(await confirmOrder({ actor: rep, id, today: "2026-11-30" })).toMatchObject({ credit: "hold" });
    expect((await db.salesOrder.findUniqueOrThrow({ where: { id } })).creditHoldReason).toBe("overdue");
  });
});

describe("releasing holds", () => {
  it("records who, when, why and the exposure accepted; audits; tells the owner; only once", async () => {
    const account = await createAccountRow({ ownerId: rep.id });
    await setCreditPolicy(account.id, { creditLimit: 5000 });
    const { id } = await createOrder({ actor: rep, input: serviceOrder(account.id, "100") });
    expect((await confirmOrder({ actor: rep, id })).credit).toBe("hold");
    const holds = await findCreditHolds({ actor: manager });
    expect(holds.map((h) => h.id)).toContain(id);
    await expect(releaseCreditHold({ actor: otherRep, id, reason: "x" })).rejects.toThrow();

    await releaseCreditHold({ actor: manager, id, reason: "Long-standing customer, paid by Friday" });
    const order = await db.salesOrder.findUniqueOrThrow({ where: { id } });
    expect(order).toMatchObject({ creditHold: false, creditReleasedById: manager.id, creditReleaseReason: "Long-standing customer, paid by Friday", creditReleasedExposure: 11_300n });
    expect(order.creditReleasedAt).toBeInstanceOf(Date);
    const audit = await db.auditEntry.findFirstOrThrow({ where: { entityId: id, action: "credit_release" } });
    expect(audit.actorId).toBe(manager.id);
    expect(JSON.parse(audit.after ?? "{}")).toMatchObject({ reason: "Long-standing customer, paid by Friday", exposure: 11_300 });
    expect(await db.notification.count({ where: { userId: rep.id, kind: "credit_released", link: `/app/sales/orders/${id}` } })).toBe(1);
    await expect(releaseCreditHold({ actor: manager, id, reason: "again" })).rejects.toMatchObject({ key: "credit.notOnHold" });
  });

  it("a payment lifts exactly the holds it covers (recheckCreditHoldsInTx)", async () => {
    const account = await createAccountRow({ ownerId: rep.id });
    await setCreditPolicy(account.id, { creditLimit: 11_300 });
    const first = await createOrder({ actor: rep, input: serviceOrder(account.id, "100") });
    const second = await createOrder({ actor: rep, input: serviceOrder(account.id, "100") });
    const third = await createOrder({ actor: rep, input: serviceOrder(account.id, "100") });
    for (const o of [first, second, third]) await confirmOrder({ actor: rep, id: o.id });
    expect(await db.salesOrder.count({ where: { accountId: account.id, creditHold: true } })).toBe(2);
    // A prepayment of 113.00 makes room for exactly one more order.
    const released = await transact(async (tx) => {
      await postReceivableEntryInTx(tx, { accountId: account.id, entryDate: "2026-11-30", kind: "PAYMENT", documentType: "payment", documentId: `pay-${account.id}`, number: "P-1", currencyCode: "CNY", amount: -11_300, amountBase: -11_300 });
      return recheckCreditHoldsInTx(tx, account.id, "2026-11-30");
    });
    expect(released).toEqual([second.id]);
    expect(await db.salesOrder.findUniqueOrThrow({ where: { id: third.id } })).toMatchObject({ creditHold: true, creditHoldReason: "over_limit" });
    expect(await db.auditEntry.count({ where: { entityId: second.id, action: "credit_recheck_release" } })).toBe(1);
  });

  it("a change that raises a released order's total past the accepted exposure holds it again; shrinking a held order can lift its hold", async () => {
    const account = await createAccountRow({ ownerId: rep.id });
    await setCreditPolicy(account.id, { creditLimit: 10_000 });
    const { id } = await createOrder({ actor: rep, input: serviceOrder(account.id, "100") });
    expect((await confirmOrder({ actor: rep, id })).credit).toBe("hold");
    await releaseCreditHold({ actor: manager, id, reason: "Approved up to 113.00" });
    const line = await db.salesOrderLine.findFirstOrThrow({ where: { orderId: id } });
    const change = (unitPrice: string) => ({ ...serviceOrder(account.id, unitPrice), id, reason: "Price", lines: [{ lineId: line.id, productId: null, description: "Service", quantity: "1", unitPrice, discount: "" }] });
    // Up to the accepted exposure the release still covers it.
    expect(await changeOrder({ actor: rep, input: change("90") })).toMatchObject({ credit: "ok" });
    expect(await changeOrder({ actor: rep, input: change("100") })).toMatchObject({ credit: "ok" });
    expect(await changeOrder({ actor: rep, input: change("150") })).toMatchObject({ credit: "hold" });
    expect((await db.salesOrder.findUniqueOrThrow({ where: { id } })).creditHold).toBe(true);
    // Down to 80.00 + VAT = 90.40 ≤ 100.00: the re-check lifts the hold.
    await changeOrder({ actor: rep, input: change("80") });
    expect((await db.salesOrder.findUniqueOrThrow({ where: { id } })).creditHold).toBe(false);
  });

  it("another rep cannot see or release a hold on an order outside their scope", async () => {
    const account = await createAccountRow({ ownerId: rep.id });
    await setCreditPolicy(account.id, { creditLimit: 0 });
    const { id } = await createOrder({ actor: rep, input: serviceOrder(account.id, "1") });
    await confirmOrder({ actor: rep, id });
    const mgr = await createActor("manager");
    await expect(releaseCreditHold({ actor: mgr, id, reason: "no" })).rejects.toBeInstanceOf(NotFoundError);
    expect((await findCreditHolds({ actor: mgr })).map((h) => h.id)).not.toContain(id);
  });
});
