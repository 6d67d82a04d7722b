import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db, dbKind } from "@/lib/db/client";
import { transact } from "@/lib/db/transact";
import { priceLine } from "@/lib/domain/money";
import { createAccountRow } from "@/lib/testing/crm-factories";
import { createActor, createCompany } from "@/lib/testing/factories";
import { createRateRow, enableCurrency } from "@/lib/testing/pricing-factories";
import { createOrderRow } from "@/lib/testing/sales-factories";
import { createCategory, createStockProduct, defaultWarehouse, type TestWarehouse } from "@/lib/testing/stock-factories";
import { createInvoice, createInvoiceInTx } from "./create-invoice";
import { createPostedDeliveryRow, documentLedgers } from "./invoice-test-data";
import { issueInvoice, issueInvoiceInTx } from "./issue-invoice";
import { updateInvoiceDraft } from "./update-invoice-draft";
import { voidInvoice } from "./void-invoice";

// Invoices from deliveries and orders: issuing numbers them without gaps, moves the order-line
// and delivery-line ledgers, writes the receivables ledger and the sales facts — all equal to
// the document to the fen — and makes the invoice immutable.

let finance: Actor;
let rep: Actor;
let wh: TestWarehouse;

beforeAll(async () => {
  await createCompany();
  finance = await createActor("finance");
  rep = await createActor("sales");
  wh = await defaultWarehouse();
});

const TODAY = "2026-06-15";
const counter = (n: string | null) => Number((n ?? "").split("-").at(-1));

async function goodsOrder(lines: { quantity: number; unitPrice: number; discountBp?: number; vatRateBp?: number; unitCost?: number }[], extra: { currencyCode?: string } = {}) {
  const category = await createCategory();
  const account = await createAccountRow({ ownerId: rep.id });
  await db.account.update({ where: { id: account.id }, data: { region: "East", province: "Zhejiang", taxId: "91330000MA0000001X", billingAddress: "杭州市 西湖区", paymentTermsDays: 45 } });
  const products = await Promise.all(lines.map(() => createStockProduct({ categoryId: category.id })));
  const order = await createOrderRow({
    accountId: account.id,
    ownerId: rep.id,
    warehouseId: wh.id,
    currencyCode: extra.currencyCode,
    lines: lines.map((l, i) => ({ ...l, productId: products[i].id, stockTracked: true })),
  });
  return { account, order, category, products };
}

describe(`invoices on ${dbKind}`, () => {
  it("invoices two deliveries in one invoice; issuing moves every ledger to the fen", async () => {
    const { account, order, category } = await goodsOrder([
      { quantity: 3000, unitPrice: 333, discountBp: 1000, vatRateBp: 1300, unitCost: 200 },
      { quantity: 5000, unitPrice: 1999, vatRateBp: 900, unitCost: 1500 },
    ]);
    const [a, b] = order.lines;
    const d1 = await createPostedDeliveryRow({ accountId: account.id, warehouseId: wh.id, createdById: finance.id, lines: [{ orderLineId: a.id, quantity: 2000, unitCost: 210 }] });
    const d2 = await createPostedDeliveryRow({
      accountId: account.id,
      warehouseId: wh.id,
      createdById: finance.id,
      lines: [
        { orderLineId: a.id, quantity: 1000, unitCost: 190 },
        { orderLineId: b.id, quantity: 5000, unitCost: 1500 },
      ],
    });
    const { id } = await createInvoice({
      actor: finance,
      input: {
        accountId: account.id,
        issueDate: TODAY,
        deliveryLines: [
          { id: d1.lines[0].id, quantity: 2000 },
          { id: d2.lines[0].id, quantity: 1000 },
          { id: d2.lines[1].id, quantity: 4000 },
        ],
      },
    });
    const draft = await db.invoice.findUniqueOrThrow({ where: { id }, include: { lines: { orderBy: { position: "asc" } } } });
    expect(draft).toMatchObject({ status: "draft", number: null, currencyCode: "CNY", orderReference: order.number });
    const expected = [priceLine({ unitPrice: 333, quantity: 2000, discountBp: 1000, vatRateBp: 1300 }, false), priceLine({ unitPrice: 333, quantity: 1000, discountBp: 1000, vatRateBp: 1300 }, false), priceLine({ unitPrice: 1999, quantity: 4000, vatRateBp: 900 }, false)];
    expect(draft.lines.map((l) => Number(l.gross))).toEqual(expected.map((e) => e.gross));
    expect(Number(draft.total)).toBe(expected.reduce((s, e) => s + e.gross, 0));
    expect(draft.lines.map((l) => l.unitCost)).toEqual([210, 190, 1500]);

    const issued = await issueInvoice({ actor: finance, invoiceId: id, today: TODAY });
    expect(issued.number).toMatch(/^INV-2026-\d{5}$/);
    const after = await db.invoice.findUniqueOrThrow({ where: { id } });
    expect(after).toMatchObject({ status: "issued", issueDate: TODAY, dueDate: "2026-07-15", buyerName: expect.stringContaining("Account"), buyerTaxId: "91330000MA0000001X", buyerAddress: "杭州市 西湖区" });
    expect(after.totalBase).toBe(after.total);

    const orderLines = await db.salesOrderLine.findMany({ where: { orderId: order.id }, orderBy: { position: "asc" } });
    expect(orderLines.map((l) => l.invoicedQty)).toEqual([3000, 4000]);
    expect((await db.salesOrder.findUniqueOrThrow({ where: { id: order.id } })).invoiceStatus).toBe("partial");
    const dLines = await db.deliveryLine.findMany({ where: { deliveryId: { in: [d1.id, d2.id] } }, orderBy: [{ deliveryId: "asc" }, { position: "asc" }] });
    expect(dLines.map((l) => l.invoicedQty).sort()).toEqual([1000, 2000, 4000].sort());

    const { entry, facts } = await documentLedgers(id);
    expect(entry).toMatchObject({ kind: "INVOICE", amount: after.total, amountBase: after.totalBase, dueDate: "2026-07-15", number: issued.number });
    expect(facts._count).toBe(3);
    expect(facts._sum.revenue).toBe(after.subtotal);
    expect((facts._sum.revenueBase ?? 0n) + (facts._sum.taxBase ?? 0n)).toBe(after.totalBase);
    expect(facts._sum.taxBase).toBe(after.taxTotal);
    // 2 × 2.10 + 1 × 1.90 + 4 × 15.00 = 66.10
    expect(facts._sum.costBase).toBe(6610n);
    const fact = await db.salesFact.findFirstOrThrow({ where: { invoiceId: id } });
    expect(fact).toMatchObject({ region: "East", province: "Zhejiang", categoryId: category.id, ownerId: rep.id, factDate: TODAY, month: "2026-06", kind: "INVOICE" });
  });

  it("10 concurrent issues get consecutive numbers without a gap, even when one fails midway", async () => {
    const { account, order } = await goodsOrder([{ quantity: 20_000, unitPrice: 1000 }]);
    const delivery = await createPostedDeliveryRow({ accountId: account.id, warehouseId: wh.id, createdById: finance.id, lines: [{ orderLineId: order.lines[0].id, quantity: 10_000 }] });
    const dl = delivery.lines[0].id;
    // Ten drafts of 1 unit each, plus one that asks for all ten: whichever way the race goes,
    // one issue must fail at the delivery-line guard after taking its number.
    const drafts = await Promise.all(Array.from({ length: 10 }, () => createInvoice({ actor: finance, input: { accountId: account.id, issueDate: TODAY, deliveryLines: [{ id: dl, quantity: 1000 }] } })));
    const greedy = await createInvoice({ actor: finance, input: { accountId: account.id, issueDate: TODAY, deliveryLines: [{ id: dl, quantity: 10_000 }] } });
    const before = await db.numberSequence.findUnique({ where: { docType_year: { docType: "INVOICE", year: 2026 } } });
    const results = await Promise.allSettled([...drafts, greedy].map((d) => issueInvoice({ actor: finance, invoiceId: d.id, today: TODAY })));
    const ok = results.filter((r) => r.status === "fulfilled").map((r) => (r as PromiseFulfilledResult<{ number: string }>).value.number);
    const failed = results.filter((r) => r.status === "rejected");
    expect(failed.length).toBeGreaterThanOrEqual(1);
    for (const f of failed) expect((f as PromiseRejectedResult).reason).toMatchObject({ key: expect.stringMatching(/^(invoices\.overInvoiced|orders\.quantityExceeded)$/) });
    const start = before?.next ?? 1;
    expect(ok.map(counter).sort((x, y) => x - y)).toEqual(Array.from({ length: ok.length }, (_, i) => start + i));
    const next = await db.numberSequence.findUniqueOrThrow({ where: { docType_year: { docType: "INVOICE", year: 2026 } } });
    expect(next.next).toBe(start + ok.length);
    const line = await db.deliveryLine.findUniqueOrThrow({ where: { id: dl } });
    expect(line.invoicedQty).toBe(10_000);
    expect(await db.invoice.count({ where: { id: { in: [...drafts, greedy].map((d) => d.id) }, status: "issued" } })).toBe(ok.length);
  });

  it("refuses over-invoicing, draft deliveries, another customer's lines and goods straight from an order", async () => {
    const { account, order } = await goodsOrder([{ quantity: 2000, unitPrice: 500 }]);
    const other = await goodsOrder([{ quantity: 2000, unitPrice: 500 }]);
    const posted = await createPostedDeliveryRow({ accountId: account.id, warehouseId: wh.id, createdById: finance.id, lines: [{ orderLineId: order.lines[0].id, quantity: 1000 }] });
    const draftDelivery = await createPostedDeliveryRow({ accountId: account.id, warehouseId: wh.id, createdById: finance.id, status: "draft", lines: [{ orderLineId: order.lines[0].id, quantity: 1000 }] });
    const make = (input: Partial<Parameters<typeof createInvoice>[0]["input"]>) => createInvoice({ actor: finance, input: { accountId: account.id, issueDate: TODAY, ...input } });
    await expect(make({ deliveryLines: [{ id: posted.lines[0].id, quantity: 1001 }] })).rejects.toMatchObject({ key: "invoices.overInvoiced" });
    await expect(make({ deliveryLines: [{ id: draftDelivery.lines[0].id, quantity: 1000 }] })).rejects.toMatchObject({ key: "invoices.deliveryNotPosted" });
    await expect(make({ orderLines: [{ id: other.order.lines[0].id, quantity: 1000 }] })).rejects.toMatchObject({ status: 404 });
    await expect(make({ orderLines: [{ id: order.lines[0].id, quantity: 1000 }] })).rejects.toMatchObject({ key: "invoices.goodsNeedDelivery" });
    await expect(make({})).rejects.toMatchObject({ key: "invoices.noLines" });
    await expect(createInvoice({ actor: rep, input: { accountId: account.id, issueDate: TODAY, deliveryLines: [{ id: posted.lines[0].id, quantity: 1000 }] } })).rejects.toMatchObject({ status: 404 });

    // Two drafts for the same goods: the second issue is refused and changes nothing.
    const first = await make({ deliveryLines: [{ id: posted.lines[0].id, quantity: 1000 }] });
    const second = await make({ deliveryLines: [{ id: posted.lines[0].id, quantity: 1000 }] });
    await issueInvoice({ actor: finance, invoiceId: first.id, today: TODAY });
    await expect(issueInvoice({ actor: finance, invoiceId: second.id, today: TODAY })).rejects.toMatchObject({ key: "invoices.overInvoiced" });
    expect(await db.invoice.findUniqueOrThrow({ where: { id: second.id } })).toMatchObject({ status: "draft", number: null });
    expect(await db.receivableEntry.count({ where: { documentId: second.id } })).toBe(0);
    expect(await db.salesFact.count({ where: { invoiceId: second.id } })).toBe(0);
  });

  it("an issued invoice is immutable; only a draft can be voided", async () => {
    const { account, order } = await goodsOrder([{ quantity: 2000, unitPrice: 500 }]);
    const delivery = await createPostedDeliveryRow({ accountId: account.id, warehouseId: wh.id, createdById: finance.id, lines: [{ orderLineId: order.lines[0].id, quantity: 2000 }] });
    const { id } = await createInvoice({ actor: finance, input: { accountId: account.id, issueDate: TODAY, deliveryLines: [{ id: delivery.lines[0].id, quantity: 2000 }] } });
    await updateInvoiceDraft({ actor: finance, invoiceId: id, changes: { notes: "by Friday" } });
    await issueInvoice({ actor: finance, invoiceId: id, today: TODAY });
    const issued = await db.invoice.findUniqueOrThrow({ where: { id } });
    await expect(updateInvoiceDraft({ actor: finance, invoiceId: id, changes: { notes: "changed" } })).rejects.toMatchObject({ key: "invoices.notDraft" });
    await expect(voidInvoice({ actor: finance, invoiceId: id })).rejects.toMatchObject({ key: "invoices.notDraft" });
    await expect(issueInvoice({ actor: finance, invoiceId: id, today: TODAY })).rejects.toMatchObject({ key: "invoices.notDraft" });
    expect(await db.invoice.findUniqueOrThrow({ where: { id } })).toEqual(issued);
    expect(issued.notes).toBe("by Friday");

    const draft = await createInvoice({ actor: finance, input: { accountId: account.id, issueDate: TODAY, freeLines: [{ productId: null, description: "Freight", quantity: 1000, unitPrice: 5000, discountBp: 0, vatRateBp: 900 }] } });
    await voidInvoice({ actor: finance, invoiceId: draft.id });
    expect(await db.invoice.findUniqueOrThrow({ where: { id: draft.id } })).toMatchObject({ status: "void", number: null });
    await expect(issueInvoice({ actor: finance, invoiceId: draft.id, today: TODAY })).rejects.toMatchObject({ key: "invoices.notDraft" });
    await expect(voidInvoice({ actor: finance, invoiceId: draft.id })).rejects.toMatchObject({ key: "invoices.notDraft" });
  });

  it("services from the order, free lines in one transaction, foreign currency with base amounts to the fen", async () => {
    await enableCurrency("USD");
    await createRateRow("USD", "2026-06-01", "7.1234");
    const account = await createAccountRow({ ownerId: rep.id });
    const order = await createOrderRow({
      accountId: account.id,
      ownerId: rep.id,
      warehouseId: wh.id,
      currencyCode: "USD",
      lines: [
        { description: "Installation", quantity: 1000, unitPrice: 33_333, vatRateBp: 600, stockTracked: false },
        { description: "Training", quantity: 3000, unitPrice: 1_111, vatRateBp: 600, stockTracked: false },
      ],
    });
    await expect(
      createInvoice({ actor: finance, input: { accountId: account.id, issueDate: TODAY, orderLines: [{ id: order.lines[0].id, quantity: 1000 }], freeLines: [{ productId: null, description: "x", quantity: 1000, unitPrice: 1, discountBp: 0, vatRateBp: 0 }] } }),
    ).rejects.toMatchObject({ key: "invoices.mixedCurrency" });
    const result = await transact(async (tx) => {
      const id = await createInvoiceInTx(tx, { actor: finance, input: { accountId: account.id, issueDate: TODAY, orderLines: order.lines.map((l) => ({ id: l.id, quantity: l.quantity })) } });
      return issueInvoiceInTx(tx, { actor: finance, invoiceId: id, today: TODAY });
    });
    const inv = await db.invoice.findUniqueOrThrow({ where: { id: result.id } });
    expect(inv).toMatchObject({ currencyCode: "USD", exchangeRate: "7.1234" });
    expect(Number(inv.totalBase)).toBe(Math.round((Number(inv.total) * 71234) / 10000));
    const { entry, facts } = await documentLedgers(inv.id);
    expect(entry).toMatchObject({ amount: inv.total, amountBase: inv.totalBase, currencyCode: "USD" });
    expect(facts._sum.revenue).toBe(inv.subtotal);
    expect((facts._sum.revenueBase ?? 0n) + (facts._sum.taxBase ?? 0n)).toBe(inv.totalBase);
    expect(await db.salesOrder.findUniqueOrThrow({ where: { id: order.id } })).toMatchObject({ invoiceStatus: "invoiced" });
  });
});
