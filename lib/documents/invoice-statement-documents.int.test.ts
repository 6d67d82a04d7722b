import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { transact } from "@/lib/db/transact";
import { displayMoney, documentTotals, formatMoney } from "@/lib/domain/money";
import { EmailPayload } from "@/lib/email/email-payload";
import { NotFoundError } from "@/lib/errors";
import { findStatement } from "@/lib/sales/receivables/find-statement";
import { postReceivableEntryInTx } from "@/lib/sales/receivables/post-receivable-entry";
import { createAccountRow } from "@/lib/testing/crm-factories";
import { createActor, createCompany, uniqueName } from "@/lib/testing/factories";
import { pdfText } from "@/lib/testing/pdf-text";
import { enqueueDocumentEmailInTx } from "./email-document";
import { renderDocumentPdf } from "./render-document-pdf";

// Invoice, credit note and customer statement PDFs: number, the customer's Chinese name,
// totals; the credit note names its invoice; the statement's balances and aging; scope; email.

const CUSTOMER = "上海测试贸易有限公司";

let rep: Actor;
let otherRep: Actor;
let finance: Actor;

beforeAll(async () => {
  await createCompany("测试科技有限公司");
  await db.company.update({ where: { id: "company" }, data: { bankDetails: "招商银行上海分行 6214 0000 1111" } });
  rep = await createActor("sales");
  otherRep = await createActor("sales");
  finance = await createActor("finance");
});

type Line = { description: string; quantity: number; unitPrice: number; vatRateBp: number };

/** An issued invoice or credit note with lines and its ledger entry, straight to the database. */
async function issuedInvoice(accountId: string, lines: Line[], opts: { kind?: "INVOICE" | "CREDIT_NOTE"; originalInvoiceId?: string; issueDate?: string; dueDate?: string } = {}) {
  const kind = opts.kind ?? "INVOICE";
  const totals = documentTotals(lines, false);
  const issueDate = opts.issueDate ?? "2026-10-10";
  return transact(async (tx) => {
    const invoice = await tx.invoice.create({
      data: {
        kind,
        number: uniqueName(kind === "INVOICE" ? "INV" : "CN").toUpperCase(),
        status: "issued",
        accountId,
        ownerId: rep.id,
        currencyCode: "CNY",
        issueDate,
        dueDate: opts.dueDate ?? "2026-11-09",
        buyerName: CUSTOMER,
        buyerTaxId: "91310115MA1BUYER9",
        buyerAddress: "上海市黄浦区南京东路 1 号",
        subtotal: BigInt(totals.net),
        taxTotal: BigInt(totals.tax),
        total: BigInt(totals.gross),
        totalBase: BigInt(totals.gross),
        originalInvoiceId: opts.originalInvoiceId ?? null,
        creditReason: kind === "CREDIT_NOTE" ? "退货" : "",
        issuedAt: new Date(),
        createdById: rep.id,
        lines: {
          create: lines.map((l, i) => ({ position: i, description: l.description, quantity: l.quantity, unitPrice: l.unitPrice, vatRateBp: l.vatRateBp, net: BigInt(totals.lines[i].net), tax: BigInt(totals.lines[i].tax), gross: BigInt(totals.lines[i].gross) })),
        },
      },
      select: { id: true, number: true, total: true, dueDate: true },
    });
    const sign = kind === "INVOICE" ? 1 : -1;
    await postReceivableEntryInTx(tx, { accountId, entryDate: issueDate, kind, documentType: "invoice", documentId: invoice.id, number: invoice.number!, currencyCode: "CNY", amount: sign * totals.gross, amountBase: sign * totals.gross, ...(kind === "INVOICE" ? { dueDate: invoice.dueDate } : {}) });
    return { id: invoice.id, number: invoice.number!, total: Number(invoice.total) };
  });
}

/** A receipt applied to an invoice, with its ledger entry. */
async function payment(accountId: string, amount: number, paymentDate: string, invoiceId?: string) {
  await transact(async (tx) => {
    const p = await tx.payment.create({
      data: { number: uniqueName("PAY").toUpperCase(), kind: "RECEIPT", accountId, amount: BigInt(amount), currencyCode: "CNY", amountBase: BigInt(amount), method: "bank_transfer", paymentDate, createdById: finance.id },
      select: { id: true, number: true },
    });
    await postReceivableEntryInTx(tx, { accountId, entryDate: paymentDate, kind: "PAYMENT", documentType: "payment", documentId: p.id, number: p.number, currencyCode: "CNY", amount: -amount, amountBase: -amount });
    if (invoiceId) await tx.allocation.create({ data: { accountId, invoiceId, paymentId: p.id, amount: BigInt(amount), currencyCode: "CNY", allocatedAt: paymentDate, createdById: finance.id } });
  });
}

describe("invoice and credit note PDFs", () => {
  it("prints the invoice with the frozen buyer, totals and bank details; the credit note names its invoice", async () => {
    const account = await createAccountRow({ ownerId: rep.id, name: "改名后的客户" });
    const invoice = await issuedInvoice(account.id, [
      { description: "不锈钢阀门 DN50", quantity: 2000, unitPrice: 45_000, vatRateBp: 1300 },
      { description: "运输服务", quantity: 1000, unitPrice: 5_000, vatRateBp: 900 },
    ]);
    const text = await pdfText((await renderDocumentPdf(db, { actor: rep, document: { type: "invoice", id: invoice.id }, locale: "zh-CN" })).bytes);
    // 900.00 + 117.00 VAT; 50.00 + 4.50 VAT; total 1071.50.
    for (const s of ["销售发票", invoice.number, CUSTOMER, "91310115MA1BUYER9", "不锈钢阀门 DN50", "2026-11-09", "招商银行上海分行"]) expect(text).toContain(s);
    for (const minor of [95_000, 11_700, 450, 107_150]) expect(text).toContain(displayMoney(minor, "CNY", "zh-CN"));
    expect(text).not.toContain("改名后的客户");

    const note = await issuedInvoice(account.id, [{ description: "不锈钢阀门 DN50", quantity: 1000, unitPrice: 45_000, vatRateBp: 1300 }], { kind: "CREDIT_NOTE", originalInvoiceId: invoice.id });
    const credit = await pdfText((await renderDocumentPdf(db, { actor: rep, document: { type: "invoice", id: note.id }, locale: "zh-CN" })).bytes);
    for (const s of ["红字发票", note.number, invoice.number, CUSTOMER, "退货", displayMoney(50_850, "CNY", "zh-CN")]) expect(credit).toContain(s);
    const creditEn = await pdfText((await renderDocumentPdf(db, { actor: rep, document: { type: "invoice", id: note.id }, locale: "en" })).bytes);
    expect(creditEn).toContain("Credit note");
    expect(creditEn).toContain("Original invoice");
  });

  it("is not found for another rep; finance emails it with the PDF attached", async () => {
    const account = await createAccountRow({ ownerId: rep.id, name: CUSTOMER });
    const invoice = await issuedInvoice(account.id, [{ description: "阀门", quantity: 1000, unitPrice: 10_000, vatRateBp: 1300 }]);
    await expect(renderDocumentPdf(db, { actor: otherRep, document: { type: "invoice", id: invoice.id }, locale: "en" })).rejects.toBeInstanceOf(NotFoundError);
    const sent = await transact((tx) => enqueueDocumentEmailInTx(tx, { actor: finance, document: { type: "invoice", id: invoice.id }, to: "ap@customer.example", locale: "zh-CN" }));
    const payload = EmailPayload.parse(JSON.parse((await db.outboxMessage.findUniqueOrThrow({ where: { id: sent.outboxId } })).payload));
    expect(payload.subject).toBe(`测试科技有限公司 销售发票 ${invoice.number}`);
    const attachment = payload.attachments?.[0];
    expect(attachment && "base64" in attachment).toBe(true);
    const text = await pdfText(Buffer.from((attachment as { base64: string }).base64, "base64"));
    expect(text).toContain(CUSTOMER);
    expect(text).toContain(invoice.number);
  });
});

describe("statement PDF", () => {
  it("prints the opening balance, every entry with its running balance, the closing balance and the aging", async () => {
    const account = await createAccountRow({ ownerId: rep.id, name: CUSTOMER });
    // Before the period: an invoice of 113.00 (opening balance).
    const early = await issuedInvoice(account.id, [{ description: "a", quantity: 1000, unitPrice: 10_000, vatRateBp: 1300 }], { issueDate: "2026-06-01", dueDate: "2026-07-01" });
    // In the period: invoice of 226.00 due 10-31, payment of 113.00 against the early invoice, payment of 50.00 unapplied.
    const late = await issuedInvoice(account.id, [{ description: "b", quantity: 2000, unitPrice: 10_000, vatRateBp: 1300 }], { issueDate: "2026-10-01", dueDate: "2026-10-31" });
    await payment(account.id, 11_300, "2026-10-05", early.id);
    await payment(account.id, 5_000, "2026-11-20");
    // After the period: not on the statement.
    await issuedInvoice(account.id, [{ description: "c", quantity: 1000, unitPrice: 99_900, vatRateBp: 1300 }], { issueDate: "2026-12-15", dueDate: "2027-01-14" });

    const { bytes, source } = await renderDocumentPdf(db, { actor: rep, document: { type: "statement", accountId: account.id, from: "2026-10-01", to: "2026-11-30" }, locale: "zh-CN" });
    const text = await pdfText(bytes);
    for (const s of ["对账单", CUSTOMER, "2026-10-01 至 2026-11-30", late.number, "期初余额", "期末余额", "31–60 天"]) expect(text).toContain(s);
    expect(text).not.toContain(early.number);
    // Opening 113.00, closing 113.00 + 226.00 − 113.00 − 50.00 = 176.00; aging at 11-30: 226.00 is
    // 30 days past due (1–30), the unapplied 50.00 counts as current (−50.00).
    expect(text).toContain(displayMoney(11_300, "CNY", "zh-CN"));
    expect(text).toContain(displayMoney(17_600, "CNY", "zh-CN"));
    expect(text).toContain(formatMoney(-5_000, "CNY"));
    expect(text).toContain("226.00");
    expect(source.fileName).toMatch(/^statement-.*-2026-10-01-2026-11-30\.pdf$/);
    // The same figures as the statement page.
    const page = await findStatement({ actor: rep, accountId: account.id, from: "2026-10-01", to: "2026-11-30" });
    expect([page.opening, page.closing, page.aging.d1to30, page.aging.current]).toEqual([11_300, 17_600, 22_600, -5_000]);
  });

  it("is not found for another rep's customer; emails with the period in the subject", async () => {
    const account = await createAccountRow({ ownerId: rep.id, name: CUSTOMER });
    const ref = { type: "statement" as const, accountId: account.id, from: "2026-01-01", to: "2026-11-30" };
    await expect(renderDocumentPdf(db, { actor: otherRep, document: ref, locale: "en" })).rejects.toBeInstanceOf(NotFoundError);
    const empty = await pdfText((await renderDocumentPdf(db, { actor: rep, document: ref, locale: "en" })).bytes);
    expect(empty).toContain("No entries in this period.");
    const sent = await transact((tx) => enqueueDocumentEmailInTx(tx, { actor: finance, document: ref, to: "ap@customer.example", locale: "en" }));
    const payload = EmailPayload.parse(JSON.parse((await db.outboxMessage.findUniqueOrThrow({ where: { id: sent.outboxId } })).payload));
    expect(payload.subject).toBe("测试科技有限公司 statement of account 2026-01-01 to 2026-11-30");
    expect(payload.text).toContain("2026-01-01 to 2026-11-30");
  });
});
