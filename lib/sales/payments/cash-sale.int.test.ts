import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { createActor, createCompany } from "@/lib/testing/factories";
import { createStockProduct, defaultWarehouse, type TestWarehouse } from "@/lib/testing/stock-factories";
import { postReceipt } from "@/lib/stock/post-receipt";
import { recordCashSale, WALK_IN_CODE } from "./record-cash-sale";

// 现收款 in one step: stock out, invoice issued, paid in full — or nothing at all.

let finance: Actor;
let keeper: Actor;
let wh: TestWarehouse;

beforeAll(async () => {
  await createCompany();
  finance = await createActor("finance");
  keeper = await createActor("warehouse");
  wh = await defaultWarehouse();
});

let seq = 0;
const key = () => `cash-${Date.now()}-${++seq}`;
const counts = async () => ({
  invoices: await db.invoice.count(),
  payments: await db.payment.count(),
  entries: await db.receivableEntry.count(),
  moves: await db.stockMove.count(),
  facts: await db.salesFact.count(),
});

describe("cash sale", () => {
  it("sells to a walk-in customer: stock out at average cost, invoice issued, fully paid, ledger back to zero", async () => {
    const product = await createStockProduct();
    await postReceipt({ actor: keeper, input: { warehouseId: wh.id, supplierRef: "", lines: [{ productId: product.id, quantity: 10_000, unitCost: 2500 }] } });
    const sale = await recordCashSale({
      actor: finance,
      input: { accountId: null, method: "wechat_pay", reference: "", notes: "", lines: [{ productId: product.id, description: "", quantity: "3", unitPrice: "10.00", discount: "" }, { productId: null, description: "Gift wrap", quantity: "1", unitPrice: "5", discount: "" }] },
      idempotencyKey: key(),
      today: "2026-04-02",
    });
    const invoice = await db.invoice.findUniqueOrThrow({ where: { id: sale.invoiceId }, include: { lines: { orderBy: { position: "asc" } }, account: true } });
    expect(invoice).toMatchObject({ status: "issued", cashSale: true, issueDate: "2026-04-02" });
    expect(invoice.account.code).toBe(WALK_IN_CODE);
    expect(invoice.lines[0]).toMatchObject({ quantity: 3000, unitCost: 2500 });
    const payment = await db.payment.findUniqueOrThrow({ where: { id: sale.paymentId }, include: { allocations: true } });
    expect(payment).toMatchObject({ kind: "CASH_SALE", method: "wechat_pay", amount: invoice.total });
    expect(payment.allocations.map((a) => a.amount)).toEqual([invoice.total]);
    const ledger = await db.receivableEntry.aggregate({ where: { documentId: { in: [invoice.id, payment.id] } }, _sum: { amount: true } });
    expect(Number(ledger._sum.amount)).toBe(0);
    const level = await db.stockLevel.findUniqueOrThrow({ where: { productId_warehouseId: { productId: product.id, warehouseId: wh.id } } });
    expect(level.onHand).toBe(7000);

    // A second walk-in sale reuses the same walk-in account.
    await recordCashSale({ actor: finance, input: { accountId: null, method: "cash", reference: "", notes: "", lines: [{ productId: null, description: "Service", quantity: "1", unitPrice: "1", discount: "" }] }, idempotencyKey: key(), today: "2026-04-02" });
    expect(await db.account.count({ where: { code: WALK_IN_CODE } })).toBe(1);
  });

  it("is atomic: a line short of stock writes nothing — no invoice, number, payment, ledger entry or move", async () => {
    const product = await createStockProduct();
    await postReceipt({ actor: keeper, input: { warehouseId: wh.id, supplierRef: "", lines: [{ productId: product.id, quantity: 1000, unitCost: 100 }] } });
    const before = await counts();
    const sequences = await db.numberSequence.findMany({ orderBy: [{ docType: "asc" }, { year: "asc" }] });
    const error = await recordCashSale({
      actor: finance,
      input: { accountId: null, method: "cash", reference: "", notes: "", lines: [{ productId: null, description: "Fine", quantity: "1", unitPrice: "9", discount: "" }, { productId: product.id, description: "", quantity: "2", unitPrice: "10", discount: "" }] },
      idempotencyKey: key(),
      today: "2026-04-03",
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).key).toBe("stock.insufficient");
    expect(await counts()).toEqual(before);
    expect(await db.numberSequence.findMany({ orderBy: [{ docType: "asc" }, { year: "asc" }] })).toEqual(sequences);
    expect(await db.idempotencyKey.count({ where: { scope: finance.id, resourceId: "" } })).toBe(0);
  });
});
