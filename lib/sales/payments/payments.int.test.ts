import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { transact } from "@/lib/db/transact";
import { prepaymentReceivedInTx } from "@/lib/sales/credit/check-before-delivery";
import { createOrderRow, setCreditPolicy } from "@/lib/testing/sales-factories";
import { defaultWarehouse } from "@/lib/testing/stock-factories";
import { AppError } from "@/lib/errors";
import { createAccountRow } from "@/lib/testing/crm-factories";
import { createActor, createCompany } from "@/lib/testing/factories";
import type { PaymentInput } from "@/lib/validation/payments";
import { applyCredit } from "./apply-credit";
import { findCreditNoteCredit } from "./find-credit-note-credit";
import { createIssuedInvoiceRow, openOf } from "./payments-test-rows";
import { recordPayment } from "./record-payment";
import { refundCredit } from "./refund-credit";

// Payments under concurrency: one key → one payment; allocations never exceed what is open;
// refunds never exceed what is left; the ledger equals the documents to the fen.

let finance: Actor;
let rep: Actor;

beforeAll(async () => {
  await createCompany();
  finance = await createActor("finance");
  rep = await createActor("sales");
});

const keyOf = (e: unknown) => (e instanceof AppError ? e.key : String(e));
let seq = 0;
const newKey = () => `test-key-${Date.now()}-${++seq}`;
const receipt = (accountId: string, amount: string, extra: Partial<PaymentInput> = {}): PaymentInput => ({
  kind: "RECEIPT",
  accountId,
  orderId: null,
  amount,
  currencyCode: "CNY",
  method: "bank_transfer",
  paymentDate: "2026-03-01",
  reference: "",
  notes: "",
  ...extra,
});
const balance = async (accountId: string) => Number((await db.receivableEntry.aggregate({ where: { accountId }, _sum: { amount: true } }))._sum.amount ?? 0n);

describe("recordPayment", () => {
  it("allocates oldest first, leaves the rest unapplied and posts −amount to the ledger", async () => {
    const account = await createAccountRow({ ownerId: rep.id });
    const newer = await createIssuedInvoiceRow({ accountId: account.id, ownerId: rep.id, total: 50_000, dueDate: "2026-02-20" });
    const older = await createIssuedInvoiceRow({ accountId: account.id, ownerId: rep.id, total: 30_000, dueDate: "2026-02-01" });
    const paid = await recordPayment({ actor: finance, input: receipt(account.id, "600.00"), idempotencyKey: newKey() });
    expect(paid.number).toMatch(/^PAY-/);
    expect(await openOf(older.id)).toBe(0);
    expect(await openOf(newer.id)).toBe(20_000);
    expect(await balance(account.id)).toBe(20_000);

    const extra = await recordPayment({ actor: finance, input: receipt(account.id, "300", { allocations: [{ invoiceId: newer.id, amount: "150.00" }] }), idempotencyKey: newKey() });
    expect(await openOf(newer.id)).toBe(5000);
    const allocations = await db.allocation.findMany({ where: { paymentId: extra.id } });
    expect(allocations.map((a) => Number(a.amount))).toEqual([15_000]);
    expect(await balance(account.id)).toBe(-10_000); // 150.00 unapplied credit beyond the 50.00 still open
  });

  it("refuses an allocation above the open amount, to another customer's invoice, or without billing.manage", async () => {
    const account = await createAccountRow({ ownerId: rep.id });
    const other = await createAccountRow({ ownerId: rep.id });
    const inv = await createIssuedInvoiceRow({ accountId: account.id, ownerId: rep.id, total: 10_000 });
    const foreign = await createIssuedInvoiceRow({ accountId: other.id, ownerId: rep.id, total: 10_000 });
    await expect(recordPayment({ actor: finance, input: receipt(account.id, "200", { allocations: [{ invoiceId: inv.id, amount: "100.01" }] }), idempotencyKey: newKey() })).rejects.toMatchObject({ key: "payments.exceedsOpen" });
    await expect(recordPayment({ actor: finance, input: receipt(account.id, "50", { allocations: [{ invoiceId: inv.id, amount: "60" }] }), idempotencyKey: newKey() })).rejects.toMatchObject({ key: "payments.exceedsAmount" });
    await expect(recordPayment({ actor: finance, input: receipt(account.id, "50", { allocations: [{ invoiceId: foreign.id, amount: "10" }] }), idempotencyKey: newKey() })).rejects.toMatchObject({ key: "payments.invoiceNotOpen" });
    await expect(recordPayment({ actor: finance, input: receipt(account.id, "0"), idempotencyKey: newKey() })).rejects.toMatchObject({ key: "payments.badAmount" });
    await expect(recordPayment({ actor: rep, input: receipt(account.id, "10"), idempotencyKey: newKey() })).rejects.toMatchObject({ key: "notFound" });
    // Nothing was written by the refused attempts.
    expect(await db.payment.count({ where: { accountId: account.id } })).toBe(0);
    expect(await balance(account.id)).toBe(10_000);
  });
});

describe("prepayments for an order", () => {
  it("counts toward the order's required prepayment, in the order's currency only", async () => {
    const account = await createAccountRow({ ownerId: rep.id });
    const wh = await defaultWarehouse();
    const order = await createOrderRow({ accountId: account.id, ownerId: rep.id, warehouseId: wh.id, lines: [{ quantity: 1000, unitPrice: 10_000 }] });
    await recordPayment({ actor: finance, input: receipt(account.id, "60.00", { kind: "PREPAYMENT", orderId: order.id }), idempotencyKey: newKey() });
    expect(await transact((tx) => prepaymentReceivedInTx(tx, order.id))).toBe(6000);
    await expect(recordPayment({ actor: finance, input: receipt(account.id, "1", { kind: "PREPAYMENT", orderId: order.id, currencyCode: "USD" }), idempotencyKey: newKey() })).rejects.toMatchObject({ key: "payments.orderCurrency" });
    const other = await createAccountRow({ ownerId: rep.id });
    await expect(recordPayment({ actor: finance, input: receipt(other.id, "1", { kind: "PREPAYMENT", orderId: order.id }), idempotencyKey: newKey() })).rejects.toMatchObject({ key: "notFound" });
  });
});

describe("credit holds", () => {
  it("paying the overdue invoice lifts the order's credit hold in the same transaction", async () => {
    const account = await createAccountRow({ ownerId: rep.id });
    await setCreditPolicy(account.id, { creditLimit: 1_000_000, creditOverdueDays: 0 });
    const overdue = await createIssuedInvoiceRow({ accountId: account.id, ownerId: rep.id, total: 20_000, issueDate: "2025-01-01", dueDate: "2025-01-31" });
    const wh = await defaultWarehouse();
    const order = await createOrderRow({ accountId: account.id, ownerId: rep.id, warehouseId: wh.id, lines: [{ quantity: 1000, unitPrice: 1000 }] });
    await db.salesOrder.update({ where: { id: order.id }, data: { creditHold: true, creditHoldReason: "overdue", creditHoldAt: new Date() } });
    await recordPayment({ actor: finance, input: receipt(account.id, "100.00"), idempotencyKey: newKey() });
    expect((await db.salesOrder.findUniqueOrThrow({ where: { id: order.id } })).creditHold).toBe(true); // still 100.00 overdue
    await recordPayment({ actor: finance, input: receipt(account.id, "100.00", { allocations: [{ invoiceId: overdue.id, amount: "100.00" }] }), idempotencyKey: newKey() });
    expect((await db.salesOrder.findUniqueOrThrow({ where: { id: order.id } })).creditHold).toBe(false);
  });
});

describe("idempotency", () => {
  it("10 concurrent submissions with one key make one payment, and all answer with it", async () => {
    const account = await createAccountRow({ ownerId: rep.id });
    await createIssuedInvoiceRow({ accountId: account.id, ownerId: rep.id, total: 100_000 });
    const key = newKey();
    const results = await Promise.allSettled(Array.from({ length: 10 }, () => recordPayment({ actor: finance, input: receipt(account.id, "250.00"), idempotencyKey: key })));
    const ok = results.filter((r): r is PromiseFulfilledResult<Awaited<ReturnType<typeof recordPayment>>> => r.status === "fulfilled");
    expect(results.filter((r) => r.status === "rejected").map((r) => keyOf((r as PromiseRejectedResult).reason))).toEqual([]);
    expect(ok).toHaveLength(10);
    expect(new Set(ok.map((r) => r.value.id)).size).toBe(1);
    expect(ok.filter((r) => !r.value.repeated)).toHaveLength(1);
    expect(await db.payment.count({ where: { accountId: account.id } })).toBe(1);
    expect(await balance(account.id)).toBe(75_000);
    // The same body in other words ("250" vs "250.00") is the same request.
    expect((await recordPayment({ actor: finance, input: receipt(account.id, "250"), idempotencyKey: key })).id).toBe(ok[0].value.id);
  });

  it("the same key with a different body is refused and creates nothing", async () => {
    const account = await createAccountRow({ ownerId: rep.id });
    const key = newKey();
    await recordPayment({ actor: finance, input: receipt(account.id, "10.00"), idempotencyKey: key });
    await expect(recordPayment({ actor: finance, input: receipt(account.id, "10.01"), idempotencyKey: key })).rejects.toMatchObject({ key: "payments.idempotencyMismatch" });
    expect(await db.payment.count({ where: { accountId: account.id } })).toBe(1);
    // Keys belong to their user: another finance user's identical key is a separate request.
    const other = await createActor("finance");
    await recordPayment({ actor: other, input: receipt(account.id, "10.00"), idempotencyKey: key });
    expect(await db.payment.count({ where: { accountId: account.id } })).toBe(2);
  });
});

describe("allocations under concurrency", () => {
  it("10 concurrent payments allocating to one invoice never exceed its open amount", async () => {
    const account = await createAccountRow({ ownerId: rep.id });
    const inv = await createIssuedInvoiceRow({ accountId: account.id, ownerId: rep.id, total: 100_000 });
    const results = await Promise.allSettled(
      Array.from({ length: 10 }, () => recordPayment({ actor: finance, input: receipt(account.id, "300.00", { allocations: [{ invoiceId: inv.id, amount: "300.00" }] }), idempotencyKey: newKey() })),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(3);
    for (const r of results) if (r.status === "rejected") expect(keyOf(r.reason)).toBe("payments.exceedsOpen");
    expect(await openOf(inv.id)).toBe(10_000);
  });

  it("10 concurrent applications of one prepayment never exceed its remainder", async () => {
    const account = await createAccountRow({ ownerId: rep.id });
    const invoices = await Promise.all(Array.from({ length: 10 }, () => createIssuedInvoiceRow({ accountId: account.id, ownerId: rep.id, total: 20_000 })));
    const prepay = await recordPayment({ actor: finance, input: receipt(account.id, "500.00", { kind: "PREPAYMENT" }), idempotencyKey: newKey() });
    expect(await db.allocation.count({ where: { paymentId: prepay.id } })).toBe(0);
    const results = await Promise.allSettled(
      invoices.map((inv) => applyCredit({ actor: finance, input: { paymentId: prepay.id, creditNoteId: null, allocations: [{ invoiceId: inv.id, amount: "200.00" }] } })),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(2);
    for (const r of results) if (r.status === "rejected") expect(["payments.exceedsAmount"]).toContain(keyOf(r.reason));
    const applied = await db.allocation.aggregate({ where: { paymentId: prepay.id }, _sum: { amount: true } });
    expect(Number(applied._sum.amount)).toBe(40_000);
    // The last 100.00 still fits one invoice partly.
    await applyCredit({ actor: finance, input: { paymentId: prepay.id, creditNoteId: null, allocations: [{ invoiceId: invoices[9].id, amount: "100" }] } });
    await expect(applyCredit({ actor: finance, input: { paymentId: prepay.id, creditNoteId: null, allocations: [{ invoiceId: invoices[8].id, amount: "0.01" }] } })).rejects.toMatchObject({
      key: "payments.noRemainder",
    });
  });
});

describe("refunds", () => {
  it("refund only the unapplied remainder of a payment or a credit note, even when racing", async () => {
    const account = await createAccountRow({ ownerId: rep.id });
    const inv = await createIssuedInvoiceRow({ accountId: account.id, ownerId: rep.id, total: 40_000 });
    const paid = await recordPayment({ actor: finance, input: receipt(account.id, "1000.00"), idempotencyKey: newKey() });
    const refund = (amount: string, ref: { paymentId: string | null; creditNoteId: string | null }) =>
      refundCredit({ actor: finance, input: { ...ref, amount, method: "bank_transfer", paymentDate: "2026-03-05", reference: "", notes: "" }, idempotencyKey: newKey() });
    await expect(refund("600.01", { paymentId: paid.id, creditNoteId: null })).rejects.toMatchObject({ key: "payments.refundExceeds" });
    const results = await Promise.allSettled(Array.from({ length: 8 }, () => refund("250.00", { paymentId: paid.id, creditNoteId: null })));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(2);
    for (const r of results) if (r.status === "rejected") expect(keyOf(r.reason)).toBe("payments.refundExceeds");
    await refund("100.00", { paymentId: paid.id, creditNoteId: null });
    await expect(refund("0.01", { paymentId: paid.id, creditNoteId: null })).rejects.toMatchObject({ key: "payments.refundExceeds" });

    // A credit note of 150.00: 10.00 refunded, 100.00 applied to an open invoice, 40.00 left.
    const open = await createIssuedInvoiceRow({ accountId: account.id, ownerId: rep.id, total: 10_000 });
    const note = await createIssuedInvoiceRow({ accountId: account.id, ownerId: rep.id, total: 15_000, kind: "CREDIT_NOTE", originalInvoiceId: inv.id });
    await expect(refund("10", { paymentId: null, creditNoteId: note.id })).resolves.toBeTruthy();
    await applyCredit({ actor: finance, input: { paymentId: null, creditNoteId: note.id, allocations: [{ invoiceId: open.id, amount: "100.00" }] } });
    expect(await openOf(open.id)).toBe(0);
    await expect(refund("40.01", { paymentId: null, creditNoteId: note.id })).rejects.toMatchObject({ key: "payments.refundExceeds" });
    expect((await findCreditNoteCredit({ actor: finance, creditNoteId: note.id })).source.remainder).toBe(4000);
    await refund("40.00", { paymentId: null, creditNoteId: note.id });
    expect((await findCreditNoteCredit({ actor: finance, creditNoteId: note.id })).source.remainder).toBe(0);
    // Refunds are not themselves refundable.
    const aRefund = await db.payment.findFirstOrThrow({ where: { accountId: account.id, kind: "REFUND" } });
    await expect(refund("1", { paymentId: aRefund.id, creditNoteId: null })).rejects.toMatchObject({ key: "notFound" });
  });
});
