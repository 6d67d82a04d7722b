import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db, dbKind } from "@/lib/db/client";
import { createAccountRow } from "@/lib/testing/crm-factories";
import { createActor, createCompany } from "@/lib/testing/factories";
import { createOrderRow } from "@/lib/testing/sales-factories";
import { createStockProduct, defaultWarehouse, type TestWarehouse } from "@/lib/testing/stock-factories";
import { parseTableParams } from "@/lib/table/params";
import { createInvoice } from "./create-invoice";
import { findInvoice } from "./find-invoice";
import { findInvoiceSources } from "./find-invoice-sources";
import { findInvoices } from "./find-invoices";
import { createPostedDeliveryRow } from "./invoice-test-data";
import { INVOICES_TABLE } from "./invoices-table";
import { issueInvoice } from "./issue-invoice";
import { createCreditNote } from "./issue-credit-note";

// The invoice pages' queries: the list's filters (kind, status, overdue with an open amount),
// what a new invoice can take, the detail with open amounts — all inside the reader's scope.

let finance: Actor;
let rep: Actor;
let wh: TestWarehouse;

beforeAll(async () => {
  await createCompany();
  finance = await createActor("finance");
  rep = await createActor("sales");
  wh = await defaultWarehouse();
});

const list = (actor: Actor, query: Record<string, string>, today = "2026-09-01") => findInvoices({ actor, params: parseTableParams(INVOICES_TABLE, { size: "100", ...query }), today });

describe(`invoice queries on ${dbKind}`, () => {
  it("offers open delivery and service lines, lists with filters, and shows the detail in scope", async () => {
    const account = await createAccountRow({ ownerId: rep.id });
    const product = await createStockProduct();
    const order = await createOrderRow({
      accountId: account.id,
      ownerId: rep.id,
      warehouseId: wh.id,
      lines: [
        { productId: product.id, quantity: 4000, unitPrice: 1000, stockTracked: true },
        { description: "Setup", quantity: 1000, unitPrice: 5000, stockTracked: false },
      ],
    });
    const delivery = await createPostedDeliveryRow({ accountId: account.id, warehouseId: wh.id, createdById: finance.id, lines: [{ orderLineId: order.lines[0].id, quantity: 3000 }] });

    const offer = await findInvoiceSources({ actor: finance, deliveryId: delivery.id });
    expect(offer.account.id).toBe(account.id);
    expect(offer.lines.map((l) => [l.source, l.open])).toEqual([
      ["delivery", 3000],
      ["order", 1000],
    ]);
    expect(offer.preselected).toHaveLength(2);
    await expect(findInvoiceSources({ actor: rep, accountId: account.id })).rejects.toMatchObject({ status: 404 });

    const { id } = await createInvoice({ actor: finance, input: { accountId: account.id, issueDate: "2026-06-15", deliveryLines: [{ id: delivery.lines[0].id, quantity: 3000 }], orderLines: [{ id: order.lines[1].id, quantity: 1000 }] } });
    await issueInvoice({ actor: finance, invoiceId: id, today: "2026-06-15" });
    expect((await findInvoiceSources({ actor: finance, accountId: account.id })).lines).toEqual([]);
    const note = await createCreditNote({ actor: finance, originalInvoiceId: id, lines: [{ originalLineId: (await db.invoiceLine.findFirstOrThrow({ where: { invoiceId: id, position: 1 } })).id, quantity: 1000 }], reason: "setup waived", date: "2026-06-20" });

    const mine = await list(finance, { account: account.id });
    expect(mine.total).toBe(2);
    const inv = mine.rows.find((r) => r.id === id)!;
    // 3 × 10.00 + 50.00 = 80.00 + 13 % = 90.40; the credit of 56.50 is applied.
    expect(inv).toMatchObject({ kind: "INVOICE", status: "issued", total: 9040, open: 9040 - 5650, dueDate: "2026-07-15", overdueDays: 48 });
    expect(mine.rows.find((r) => r.id === note.id)).toMatchObject({ kind: "CREDIT_NOTE", open: 0, original: { id } });

    expect((await list(finance, { account: account.id, kind: "CREDIT_NOTE" })).rows.map((r) => r.id)).toEqual([note.id]);
    expect((await list(finance, { account: account.id, overdue: "yes" })).rows.map((r) => r.id)).toEqual([id]);
    expect((await list(finance, { account: account.id, overdue: "yes" }, "2026-07-01")).total).toBe(0);
    expect((await list(finance, { account: account.id, status: "draft" })).total).toBe(0);
    expect((await list(rep, { account: account.id })).total).toBe(2);
    expect((await list(await createActor("sales"), { account: account.id })).total).toBe(0);

    const detail = await findInvoice({ actor: finance, id });
    expect(detail).toMatchObject({ open: 3390, creditNotes: [{ id: note.id }] });
    expect(detail.lines.map((l) => l.creditable)).toEqual([3000, 0]);
    expect(detail.byRate).toEqual([{ category: "S", rateBp: 1300, taxable: 8000, tax: 1040 }]);
    expect(detail.allocations.map((a) => a.creditNote?.id)).toEqual([note.id]);
    await expect(findInvoice({ actor: await createActor("sales"), id })).rejects.toMatchObject({ status: 404 });
  });
});
