import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { createAccountRow } from "@/lib/testing/crm-factories";
import { createActor, createCompany } from "@/lib/testing/factories";
import { parseTableParams } from "@/lib/table/params";
import { applyCredit } from "../payments/apply-credit";
import { createIssuedInvoiceRow } from "../payments/payments-test-rows";
import { recordPayment } from "../payments/record-payment";
import { refundCredit } from "../payments/refund-credit";
import { AGING_TABLE } from "./aging-table";
import { findAccountLedger } from "./find-account-ledger";
import { findAging } from "./find-aging";
import { findStatement } from "./find-statement";

// The receivables ledger is the single source of a customer's balance: after any mix of
// invoices, credit notes, payments, applications and refunds it equals the documents to the fen,
// and the ledger page, the statement and the aging all agree with it.

let finance: Actor;
let rep: Actor;
let otherRep: Actor;

beforeAll(async () => {
  await createCompany();
  finance = await createActor("finance");
  rep = await createActor("sales");
  otherRep = await createActor("sales");
});

let seq = 0;
const key = () => `recv-${Date.now()}-${++seq}`;
const pay = (accountId: string, amount: string, paymentDate: string, kind: "RECEIPT" | "PREPAYMENT" = "RECEIPT") =>
  recordPayment({ actor: finance, input: { kind, accountId, orderId: null, amount, currencyCode: "CNY", method: "bank_transfer", paymentDate, reference: "", notes: "" }, idempotencyKey: key() });

async function documentsBalance(accountId: string): Promise<number> {
  const sum = async (where: object) => Number((await db.invoice.aggregate({ where: { accountId, status: "issued", ...where }, _sum: { total: true } }))._sum.total ?? 0n);
  const paid = async (where: object) => Number((await db.payment.aggregate({ where: { accountId, ...where }, _sum: { amount: true } }))._sum.amount ?? 0n);
  return (await sum({ kind: "INVOICE" })) - (await sum({ kind: "CREDIT_NOTE" })) - (await paid({ kind: { not: "REFUND" } })) + (await paid({ kind: "REFUND" }));
}

describe("receivables ledger", () => {
  it("a mixed sequence: ledger = invoices − credit notes − payments + refunds, and ledger, statement and aging agree", async () => {
    const account = await createAccountRow({ ownerId: rep.id, name: "上海测试贸易有限公司" });
    const inv1 = await createIssuedInvoiceRow({ accountId: account.id, ownerId: rep.id, total: 113_000, issueDate: "2026-01-05", dueDate: "2026-02-04" });
    const inv2 = await createIssuedInvoiceRow({ accountId: account.id, ownerId: rep.id, total: 56_501, issueDate: "2026-02-10", dueDate: "2026-03-12" });
    await pay(account.id, "500.00", "2026-02-15"); // → inv1
    const prepay = await pay(account.id, "333.33", "2026-03-01", "PREPAYMENT");
    const note = await createIssuedInvoiceRow({ accountId: account.id, ownerId: rep.id, total: 11_300, kind: "CREDIT_NOTE", originalInvoiceId: inv2.id, issueDate: "2026-03-02" });
    await applyCredit({ actor: finance, input: { paymentId: prepay.id, creditNoteId: null, allocations: [{ invoiceId: inv1.id, amount: "333.33" }] }, today: "2026-03-03" });
    await applyCredit({ actor: finance, input: { paymentId: null, creditNoteId: note.id, allocations: [{ invoiceId: inv2.id, amount: "100.00" }] }, today: "2026-03-03" });
    const over = await pay(account.id, "1000.00", "2026-03-20"); // 296.67 to inv1, 465.01 to inv2, 238.32 left
    await refundCredit({ actor: finance, input: { paymentId: over.id, creditNoteId: null, amount: "200.00", method: "bank_transfer", paymentDate: "2026-03-25", reference: "", notes: "" }, idempotencyKey: key() });
    await refundCredit({ actor: finance, input: { paymentId: null, creditNoteId: note.id, amount: "13.00", method: "cash", paymentDate: "2026-03-26", reference: "", notes: "" }, idempotencyKey: key() });
    await createIssuedInvoiceRow({ accountId: account.id, ownerId: rep.id, total: 20_000, issueDate: "2026-04-01", dueDate: "2026-04-30" });

    const ledger = Number((await db.receivableEntry.aggregate({ where: { accountId: account.id }, _sum: { amount: true } }))._sum.amount);
    // 1130.00 + 565.01 − 500.00 − 333.33 − 113.00 − 1000.00 + 200.00 + 13.00 + 200.00
    expect(ledger).toBe(16_168);
    expect(await documentsBalance(account.id)).toBe(ledger);

    const full = await findAccountLedger({ actor: rep, accountId: account.id, from: "2026-01-01", to: "2026-12-31" });
    expect(full.opening).toBe(0);
    expect(full.closing).toBe(ledger);
    expect(full.rows.at(-1)?.balance).toBe(ledger);
    expect(full.rows.filter((r) => r.kind === "ALLOCATION")).toHaveLength(5);
    expect(full.aging.total).toBe(ledger);

    // A period statement: opening = everything before, closing = opening + the period's entries.
    const march = await findStatement({ actor: finance, accountId: account.id, from: "2026-03-01", to: "2026-03-31" });
    expect(march.opening).toBe(113_000 + 56_501 - 50_000);
    expect(march.rows.every((r) => r.kind !== "ALLOCATION")).toBe(true);
    expect(march.closing).toBe(march.opening + march.rows.reduce((a, r) => a + r.amountBase, 0));
    expect(march.closing).toBe(ledger - 20_000);
    // As of 31 March both invoices are paid; 38.32 of the last receipt is unapplied credit (current).
    expect(march.aging).toMatchObject({ total: march.closing, d1to30: 0, d31to60: 0, d61to90: 0, over90: 0 });
    expect(march.closing).toBe(-3832);

    // Aging today: the April invoice is 200.00 open; unapplied credits reduce the total.
    const report = await findAging({ actor: finance, params: parseTableParams(AGING_TABLE, { q: account.code, asOf: "2026-06-15" }) });
    expect(report.rows).toHaveLength(1);
    expect(report.rows[0]).toMatchObject({ d31to60: 20_000, total: ledger, current: ledger - 20_000 });
  });

  it("another rep's customer ledger is not found; aging needs billing.read", async () => {
    const account = await createAccountRow({ ownerId: rep.id });
    await createIssuedInvoiceRow({ accountId: account.id, ownerId: rep.id, total: 1000 });
    await expect(findAccountLedger({ actor: otherRep, accountId: account.id, from: "2026-01-01", to: "2026-12-31" })).rejects.toMatchObject({ key: "notFound" });
    await expect(findAging({ actor: rep, params: parseTableParams(AGING_TABLE, {}) })).rejects.toMatchObject({ key: "notFound" });
    const mine = await findAccountLedger({ actor: rep, accountId: account.id, from: "2026-01-01", to: "2026-12-31" });
    expect(mine.closing).toBe(1000);
  });
});
