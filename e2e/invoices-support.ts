// For e2e/invoices.spec.ts, run against the e2e database (never the app's HTTP surface):
//   npx tsx --conditions=react-server e2e/invoices-support.ts <owner email>
// Gives one of the owner's customers a confirmed order (a stock product and a service line) and
// a posted delivery of part of the goods, so finance has something to invoice. Prints
// {"accountId","accountName","deliveryId","deliveryNumber","orderNumber"}.
// (The demo seed has no order history yet, so the rows are written directly.)
async function main() {
  const [email] = process.argv.slice(2);
  if (!email) throw new Error("usage: invoices-support.ts <owner email>");
  const { db, dbReady } = await import("@/lib/db/client");
  await dbReady();
  const { createOrderRow } = await import("@/lib/testing/sales-factories");
  const { createPostedDeliveryRow } = await import("@/lib/sales/invoices/invoice-test-data");
  const owner = await db.user.findUniqueOrThrow({ where: { email }, select: { id: true } });
  const account = await db.account.findFirstOrThrow({ where: { ownerId: owner.id }, select: { id: true, name: true }, orderBy: { code: "asc" } });
  const product = await db.product.findFirstOrThrow({ where: { kind: "simple", stockTracked: true, uomDecimals: false }, select: { id: true, nameZh: true, uom: true, vatRate: { select: { rateBp: true } } }, orderBy: { sku: "asc" } });
  const warehouse = await db.warehouse.findFirstOrThrow({ where: { isDefault: true }, select: { id: true } });
  const order = await createOrderRow({
    accountId: account.id,
    ownerId: owner.id,
    warehouseId: warehouse.id,
    lines: [
      { productId: product.id, description: product.nameZh, quantity: 5000, unitPrice: 12_345, discountBp: 500, vatRateBp: product.vatRate.rateBp, stockTracked: true, unitCost: 8000 },
      { description: "安装调试 Installation", quantity: 1000, unitPrice: 50_000, vatRateBp: 600, stockTracked: false },
    ],
  });
  await db.salesOrderLine.update({ where: { id: order.lines[0].id }, data: { uom: product.uom } });
  const delivery = await createPostedDeliveryRow({ accountId: account.id, warehouseId: warehouse.id, createdById: owner.id, lines: [{ orderLineId: order.lines[0].id, quantity: 3000, unitCost: 8000 }] });
  console.log(JSON.stringify({ accountId: account.id, accountName: account.name, deliveryId: delivery.id, deliveryNumber: delivery.number, orderNumber: order.number }));
  await db.$disconnect();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});

export {}; // a module, not a global script (its main() would clash with others)
