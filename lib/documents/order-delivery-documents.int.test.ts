import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { transact } from "@/lib/db/transact";
import { displayMoney } from "@/lib/domain/money";
import { EmailPayload } from "@/lib/email/email-payload";
import { NotFoundError } from "@/lib/errors";
import { createAccountRow } from "@/lib/testing/crm-factories";
import { createActor, createCompany, uniqueName } from "@/lib/testing/factories";
import { pdfText } from "@/lib/testing/pdf-text";
import { createOrderRow } from "@/lib/testing/sales-factories";
import { createStockProduct, defaultWarehouse, type TestWarehouse } from "@/lib/testing/stock-factories";
import { enqueueDocumentEmailInTx } from "./email-document";
import { renderDocumentPdf } from "./render-document-pdf";

// Order confirmation and delivery note: number, the customer's Chinese name, totals (order) or
// quantities without prices and the signature area (delivery); scope; emailing.

const CUSTOMER = "上海测试贸易有限公司";

let rep: Actor;
let otherRep: Actor;
let keeper: Actor;
let wh: TestWarehouse;

beforeAll(async () => {
  await createCompany("测试科技有限公司");
  rep = await createActor("sales");
  otherRep = await createActor("sales");
  keeper = await createActor("warehouse");
  wh = await defaultWarehouse();
});

async function orderWithLines() {
  const account = await createAccountRow({ ownerId: rep.id, name: CUSTOMER });
  const product = await createStockProduct({ nameZh: "不锈钢阀门" });
  const order = await createOrderRow({
    accountId: account.id,
    ownerId: rep.id,
    warehouseId: wh.id,
    lines: [
      { productId: product.id, description: "不锈钢阀门 DN80", quantity: 4000, unitPrice: 25_000, vatRateBp: 1300 },
      { description: "安装服务", quantity: 1000, unitPrice: 10_000, vatRateBp: 600, stockTracked: false },
    ],
  });
  await db.salesOrder.update({ where: { id: order.id }, data: { shippingAddress: "江苏省苏州市工业园区星湖街 88 号", customerReference: "PO-7788", prepaymentRequired: 30_000n } });
  return { account, product, order };
}

describe("order confirmation PDF", () => {
  it("prints the number, customer, lines, VAT per rate, total and the prepayment asked", async () => {
    const { order, product } = await orderWithLines();
    const text = await pdfText((await renderDocumentPdf(db, { actor: rep, document: { type: "order", id: order.id }, locale: "zh-CN" })).bytes);
    // 4 × 250.00 = 1000.00 + 13 % = 130.00; 100.00 + 6 % = 6.00; total 1236.00.
    for (const s of ["销售订单确认书", order.number!, CUSTOMER, "不锈钢阀门 DN80", product.sku, "PO-7788", "江苏省苏州市工业园区星湖街 88 号"]) expect(text).toContain(s);
    for (const minor of [110_000, 13_000, 600, 123_600, 30_000]) expect(text).toContain(displayMoney(minor, "CNY", "zh-CN"));
  });

  it("is not found for another rep", async () => {
    const { order } = await orderWithLines();
    await expect(renderDocumentPdf(db, { actor: otherRep, document: { type: "order", id: order.id }, locale: "en" })).rejects.toBeInstanceOf(NotFoundError);
  });
});

async function deliveryOf(order: Awaited<ReturnType<typeof orderWithLines>>["order"], accountId: string) {
  return db.delivery.create({
    data: {
      number: uniqueName("DN").toUpperCase(),
      accountId,
      warehouseId: wh.id,
      status: "posted",
      deliveryDate: "2026-11-20",
      shippingAddress: "江苏省苏州市工业园区星湖街 88 号",
      carrier: "顺丰速运",
      trackingNumber: "SF1234567890",
      createdById: keeper.id,
      lines: { create: [{ orderLineId: order.lines[0].id, position: 0, quantity: 2500 }] },
    },
    select: { id: true, number: true },
  });
}

describe("delivery note PDF", () => {
  it("prints quantities without prices, the order number and the signature area", async () => {
    const { order, account, product } = await orderWithLines();
    const delivery = await deliveryOf(order, account.id);
    const text = await pdfText((await renderDocumentPdf(db, { actor: keeper, document: { type: "delivery", id: delivery.id }, locale: "zh-CN" })).bytes);
    for (const s of ["发货单", delivery.number, CUSTOMER, order.number!, product.sku, "不锈钢阀门 DN80", "2.5", "顺丰速运", "SF1234567890", "收货人签字", "日期", "盖章", wh.name]) expect(text).toContain(s);
    expect(text).not.toContain("250.00");
    expect(text).not.toContain("安装服务");

    const en = await pdfText((await renderDocumentPdf(db, { actor: keeper, document: { type: "delivery", id: delivery.id }, locale: "en" })).bytes);
    expect(en).toContain("Delivery note");
    expect(en).toContain("Received by (signature)");
    expect(en).toContain(CUSTOMER);
  });

  it("is not found for another rep and can be emailed by the warehouse", async () => {
    const { order, account } = await orderWithLines();
    const delivery = await deliveryOf(order, account.id);
    await expect(renderDocumentPdf(db, { actor: otherRep, document: { type: "delivery", id: delivery.id }, locale: "en" })).rejects.toBeInstanceOf(NotFoundError);
    const sent = await transact((tx) => enqueueDocumentEmailInTx(tx, { actor: keeper, document: { type: "delivery", id: delivery.id }, to: "wh@customer.example", locale: "zh-CN" }));
    const payload = EmailPayload.parse(JSON.parse((await db.outboxMessage.findUniqueOrThrow({ where: { id: sent.outboxId } })).payload));
    expect(payload.subject).toBe(`测试科技有限公司 发货单 ${delivery.number}`);
    expect(payload.attachments?.[0]).toMatchObject({ filename: `${delivery.number}.pdf`, contentType: "application/pdf" });
  });
});
