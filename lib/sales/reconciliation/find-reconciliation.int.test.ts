import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { priceLine } from "@/lib/domain/money";
import { createAccountRow } from "@/lib/testing/crm-factories";
import { createActor, createCompany, uniqueName } from "@/lib/testing/factories";
import { createOrderRow } from "@/lib/testing/sales-factories";
import { createStockProduct, defaultWarehouse, type TestWarehouse } from "@/lib/testing/stock-factories";
import { createInvoice } from "@/lib/sales/invoices/create-invoice";
import { createPostedDeliveryRow } from "@/lib/sales/invoices/invoice-test-data";
import { createCreditNote } from "@/lib/sales/invoices/issue-credit-note";
import { issueInvoice } from "@/lib/sales/invoices/issue-invoice";
import { findReconciliation } from "./find-reconciliation";

// A chain written as rows (order → posted delivery → issued invoice with facts and ledger entry
// → return → credit note), reconciled to zero; then tampered with, and exactly the tampering
// comes back as differences.

let finance: Actor;
let rep: Actor;
let wh: TestWarehouse;
const period = { from: "2026-02-01", to: "2026-02-28" };

beforeAll(async () => {
  await createCompany();
  finance = await createActor("finance");
  rep = await createActor("sales");
  wh = await defaultWarehouse();
});

type Billed = { deliveryLineId: string | null; orderLineId: string; productId: string | null; quantity: number; unitPrice: number; unitCost?: number };

/** An issued invoice or credit note with its lines, sales facts and ledger entry, as the invoice services write them. */
async function issueRows(input: { accountId: string; kind: "INVOICE" | "CREDIT_NOTE"; day: string; lines: Billed[]; originalInvoiceId?: string }) {
  const s = input.kind === "CREDIT_NOTE" ? -1 : 1;
  const priced = input.lines.map((l) => ({ ...l, p: priceLine({ unitPrice: l.unitPrice, quantity: l.quantity, discountBp: 0, vatRateBp: 1300 }, false) }));
  const sum = (k: "net" | "tax" | "gross") => priced.reduce((a, l) => a + l.p[k], 0);
  const invoice = await db.invoice.create({
    data: {
      kind: input.kind,
      number: uniqueName(input.kind === "INVOICE" ? "INV" : "CN").toUpperCase(),
      status: "issued",
      accountId: input.accountId,
      ownerId: rep.id,
      currencyCode: "CNY",
      issueDate: input.day,
      dueDate: input.day,
      subtotal: BigInt(sum("net")),
      taxTotal: BigInt(sum("tax")),
      total: BigInt(sum("gross")),
      totalBase: BigInt(sum("gross")),
      originalInvoiceId: input.originalInvoiceId ?? null,
      issuedAt: new Date(),
      createdById: rep.id,
      lines: {
        create: priced.map((l, i) => ({
          position: i,
          orderLineId: l.orderLineId,
          deliveryLineId: l.deliveryLineId,
          productId: l.productId,
          description: `Line ${i + 1}`,
          quantity: l.quantity,
          unitPrice: l.unitPrice,
          vatRateBp: 1300,
          net: BigInt(l.p.net),
          tax: BigInt(l.p.tax),
          gross: BigInt(l.p.gross),
        })),
      },
    },
    include: { lines: { orderBy: { position: "asc" } } },
  });
  await db.salesFact.createMany({
    data: invoice.lines.map((l) => ({
      invoiceId: invoice.id,
      invoiceLineId: l.id,
      kind: input.kind,
      factDate: input.day,
      month: input.day.slice(0, 7),
      accountId: input.accountId,
      productId: l.productId,
      ownerId: rep.id,
      currencyCode: "CNY",
      quantity: s * l.quantity,
      revenue: BigInt(s) * l.net,
      revenueBase: BigInt(s) * l.net,
      taxBase: BigInt(s) * l.tax,
      costBase: 0n,
    })),
  });
  await db.receivableEntry.create({
    data: { accountId: input.accountId, entryDate: input.day, kind: input.kind, documentType: "invoice", documentId: invoice.id, number: invoice.number ?? "", currencyCode: "CNY", amount: BigInt(s * sum("gross")), amountBase: BigInt(s * sum("gross")) },
  });
  return invoice;
}

async function postedDelivery(accountId: string, day: string, lines: { orderLineId: string; quantity: number }[]) {
  return db.delivery.create({
    data: {
      number: uniqueName("DN").toUpperCase(),
      accountId,
      warehouseId: wh.id,
      status: "posted",
      deliveryDate: day,
      postedAt: new Date(),
      createdById: rep.id,
      lines: { create: lines.map((l, i) => ({ position: i, orderLineId: l.orderLineId, quantity: l.quantity })) },
    },
    include: { lines: { orderBy: { position: "asc" } } },
  });
}

describe("findReconciliation", () => {
  it("finds zero differences on a consistent chain, then exactly the tampering", async () => {
    const account = await createAccountRow({ ownerId: rep.id, name: "上海测试贸易有限公司" });
    const [p1, p2] = [await createStockProduct(), await createStockProduct()];
    const order = await createOrderRow({
      accountId: account.id,
      ownerId: rep.id,
      warehouseId: wh.id,
      orderDate: "2026-02-01",
      lines: [
        { productId: p1.id, quantity: 3000, unitPrice: 333 },
        { productId: p2.id, quantity: 5000, unitPrice: 1250 },
      ],
    });
    const [l1, l2] = order.lines;
    // Partial delivery, fully invoiced; 1 unit of p1 returned and credited.
    const d1 = await postedDelivery(account.id, "2026-02-03", [
      { orderLineId: l1.id, quantity: 2000 },
      { orderLineId: l2.id, quantity: 5000 },
    ]);
    const inv = await issueRows({
      accountId: account.id,
      kind: "INVOICE",
      day: "2026-02-04",
      lines: [
        { deliveryLineId: d1.lines[0].id, orderLineId: l1.id, productId: p1.id, quantity: 2000, unitPrice: 333 },
        { deliveryLineId: d1.lines[1].id, orderLineId: l2.id, productId: p2.id, quantity: 5000, unitPrice: 1250 },
      ],
    });
    await db.deliveryLine.update({ where: { id: d1.lines[0].id }, data: { returnedQty: 1000 } });
    await issueRows({
      accountId: account.id,
      kind: "CREDIT_NOTE",
      day: "2026-02-10",
      originalInvoiceId: inv.id,
      lines: [{ deliveryLineId: d1.lines[0].id, orderLineId: l1.id, productId: p1.id, quantity: 1000, unitPrice: 333 }],
    });

    const clean = await findReconciliation({ actor: finance, period });
    expect(clean.differences).toEqual([]);
    expect(clean.totalDifferences).toBe(0);
    // 1 of 3 units of line 1 kept (gross 1129 / 3 → 376) + all of line 2 (6250 + 13 % = 7063).
    expect(clean.summary.delivered).toEqual({ net: 333 + 6250, gross: 376 + 7063 });
    expect(clean.summary.deliveredInvoiced).toEqual(clean.summary.delivered);
    // Invoice lines are priced per line (753 for 2 units, 376 for the credited one), so the
    // documents' gross may differ from the pro-rata value by a fen: that is not a difference.
    expect(clean.summary.invoices).toEqual({ net: 666 + 6250 - 333, gross: 753 + 7063 - 376 });
    expect(clean.summary.facts).toEqual(clean.summary.invoices);
    expect(clean.summary.ledger.gross).toBe(clean.summary.invoices.gross);
    expect(clean.summary.counts).toMatchObject({ deliveryLines: 2, invoices: 1, creditNotes: 1, facts: 3, ledgerEntries: 2 });

    // Outside the period nothing is seen.
    const before = await findReconciliation({ actor: finance, period: { from: "2026-01-01", to: "2026-01-31" } });
    expect(before.summary.counts).toEqual({ deliveryLines: 0, invoices: 0, creditNotes: 0, facts: 0, ledgerEntries: 0 });

    // Tamper: one fact deleted, a stray ledger entry, a second delivery never invoiced.
    await db.salesFact.delete({ where: { invoiceLineId: inv.lines[1].id } });
    await db.receivableEntry.create({
      data: { accountId: account.id, entryDate: "2026-02-20", kind: "INVOICE", documentType: "invoice", documentId: "stray-document", number: "INV-STRAY", currencyCode: "CNY", amount: 1000n, amountBase: 1000n },
    });
    const d2 = await postedDelivery(account.id, "2026-02-25", [{ orderLineId: l1.id, quantity: 1000 }]);

    const report = await findReconciliation({ actor: finance, period });
    expect(report.totalDifferences).toBe(3);
    const byKind = Object.fromEntries(report.differences.map((d) => [d.kind, d]));
    expect(Object.keys(byKind).sort()).toEqual(["delivered_not_invoiced", "facts_mismatch", "ledger_orphan"]);
    expect(byKind.delivered_not_invoiced).toMatchObject({ documentType: "delivery", documentId: d2.id, orderId: order.id, quantity: 1000, difference: -376, accountName: "上海测试贸易有限公司" });
    expect(byKind.facts_mismatch).toMatchObject({ documentType: "invoice", documentId: inv.id, number: inv.number, difference: -7063 });
    expect(byKind.ledger_orphan).toMatchObject({ documentType: "ledger", number: "INV-STRAY", difference: 1000 });

    // Narrowed to the customer: the same three; to another customer: nothing of this one's.
    const mine = await findReconciliation({ actor: finance, period: { ...period, accountId: account.id } });
    expect(mine.totalDifferences).toBe(3);
    expect(mine.account).toEqual({ id: account.id, name: "上海测试贸易有限公司" });
    const other = await createAccountRow({ ownerId: rep.id });
    const theirs = await findReconciliation({ actor: finance, period: { ...period, accountId: other.id } });
    expect(theirs.totalDifferences).toBe(0);
    expect(theirs.summary.counts).toEqual({ deliveryLines: 0, invoices: 0, creditNotes: 0, facts: 0, ledgerEntries: 0 });
  });

  it("agrees with the invoice services: zero after issuing, then a credit without a return is goods delivered but no longer billed", async () => {
    const account = await createAccountRow({ ownerId: rep.id });
    const product = await createStockProduct();
    const order = await createOrderRow({ accountId: account.id, ownerId: rep.id, warehouseId: wh.id, orderDate: "2026-03-01", lines: [{ productId: product.id, quantity: 7000, unitPrice: 2999, discountBp: 500 }] });
    const delivery = await createPostedDeliveryRow({ accountId: account.id, warehouseId: wh.id, createdById: rep.id, deliveryDate: "2026-03-02", lines: [{ orderLineId: order.lines[0].id, quantity: 4000 }] });
    const { id } = await createInvoice({ actor: finance, input: { accountId: account.id, issueDate: "2026-03-03", deliveryLines: [{ id: delivery.lines[0].id, quantity: 4000 }] } });
    await issueInvoice({ actor: finance, invoiceId: id, today: "2026-03-03" });
    const march = { from: "2026-03-01", to: "2026-03-31" };
    expect((await findReconciliation({ actor: finance, period: march })).differences).toEqual([]);

    const line = await db.invoiceLine.findFirstOrThrow({ where: { invoiceId: id } });
    await createCreditNote({ actor: finance, originalInvoiceId: id, lines: [{ originalLineId: line.id, quantity: 1000 }], reason: "goodwill", date: "2026-03-05" });
    const after = await findReconciliation({ actor: finance, period: march });
    expect(after.differences).toEqual([expect.objectContaining({ kind: "delivered_not_invoiced", documentId: delivery.id, quantity: 1000 })]);
    expect(after.summary.counts).toMatchObject({ invoices: 1, creditNotes: 1, facts: 2, ledgerEntries: 2 });
    expect(after.summary.facts).toEqual(after.summary.invoices);
  });

  it("is a finance report: roles without billing.read are refused", async () => {
    await expect(findReconciliation({ actor: rep, period })).rejects.toMatchObject({ status: 404 });
  });
});
