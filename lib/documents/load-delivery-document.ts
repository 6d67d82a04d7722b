import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { scopeWithin } from "@/lib/auth/load-scope";
import { assertCan } from "@/lib/auth/permissions";
import type { Tx } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors";
import type { Locale } from "@/lib/i18n/locales";
import { accountDocumentWhere } from "@/lib/sales/sales-scope";
import { buyerLines } from "./buyer-lines";
import type { DocumentSource } from "./document-source";
import { documentFormat, documentsTranslator, pdfFileName } from "./document-text";
import { loadSeller } from "./load-letterhead";

/**
 * A delivery note (发货单): quantities without prices (it travels with the goods), and the
 * signature area the customer signs on receipt (收货人签字 / date / stamp).
 */
export async function loadDeliveryDocument(client: Tx, input: { actor: Actor; id: string; locale: Locale }): Promise<DocumentSource> {
  const { actor, locale } = input;
  assertCan(actor, "sales.read");
  const scope = await scopeWithin(client, actor);
  const delivery = await client.delivery.findFirst({
    where: { id: input.id, ...accountDocumentWhere(scope) },
    include: {
      account: { select: { name: true, code: true, billingAddress: true, shippingAddress: true, taxId: true } },
      lines: {
        orderBy: { position: "asc" },
        include: { orderLine: { select: { description: true, uom: true, quantity: true, product: { select: { sku: true } }, order: { select: { number: true } } } } },
      },
    },
  });
  if (!delivery) throw new NotFoundError();
  const warehouse = await client.warehouse.findUnique({ where: { id: delivery.warehouseId }, select: { name: true } });

  const t = documentsTranslator(locale);
  const f = documentFormat(locale);
  const seller = await loadSeller(client, t);
  const orders = [...new Set(delivery.lines.map((l) => l.orderLine.order.number).filter((n): n is string => Boolean(n)))];
  const shipTo = delivery.shippingAddress || delivery.account.shippingAddress;

  return {
    kind: "delivery",
    locale,
    seller,
    number: delivery.number,
    fileName: pdfFileName(delivery.number),
    entity: { type: "Delivery", id: delivery.id },
    emailValues: { number: delivery.number },
    printable: {
      title: t("titles.delivery"),
      number: delivery.number,
      ...(delivery.status === "draft" ? { stamp: t("meta.draft") } : delivery.status === "cancelled" ? { stamp: t("meta.cancelled") } : {}),
      meta: [
        { label: t("meta.deliveryDate"), value: delivery.deliveryDate },
        ...(orders.length ? [{ label: t("meta.orders"), value: orders.join(", ") }] : []),
        ...(warehouse ? [{ label: t("meta.warehouse"), value: warehouse.name }] : []),
        ...(delivery.carrier ? [{ label: t("meta.carrier"), value: delivery.carrier }] : []),
        ...(delivery.trackingNumber ? [{ label: t("meta.trackingNumber"), value: delivery.trackingNumber }] : []),
      ],
      parties: [
        { heading: t("parties.buyer"), lines: buyerLines(t, delivery.account) },
        ...(shipTo ? [{ heading: t("parties.shipTo"), lines: [shipTo] }] : []),
      ],
      blocks: [
        {
          kind: "table",
          table: {
            columns: [
              { label: t("columns.position"), weight: 4, align: "right" },
              { label: t("columns.description"), weight: 44 },
              { label: t("columns.order"), weight: 16 },
              { label: t("columns.ordered"), weight: 12, align: "right" },
              { label: t("columns.delivered"), weight: 12, align: "right" },
              { label: t("columns.uom"), weight: 8 },
            ],
            rows: delivery.lines.map((l, i) => [
              String(i + 1),
              l.orderLine.product?.sku ? { text: l.orderLine.description, note: l.orderLine.product.sku } : l.orderLine.description,
              l.orderLine.order.number ?? "",
              f.quantity(l.orderLine.quantity),
              f.quantity(l.quantity),
              l.orderLine.uom,
            ]),
          },
        },
        { kind: "text", heading: t("sections.notes"), text: delivery.notes },
        { kind: "signature", heading: t("signature.heading"), boxes: [t("signature.receivedBy"), t("signature.date"), t("signature.stamp")] },
      ],
      pageLabel: (page, pages) => t("footer.page", { page, pages }),
    },
  };
}
