import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { scopeWithin } from "@/lib/auth/load-scope";
import { assertCan } from "@/lib/auth/permissions";
import type { Tx } from "@/lib/db/client";
import { toMinor } from "@/lib/domain/money";
import { NotFoundError } from "@/lib/errors";
import type { Locale } from "@/lib/i18n/locales";
import { ownedDocumentWhere } from "@/lib/sales/sales-scope";
import { buyerLines } from "./buyer-lines";
import type { DocumentSource } from "./document-source";
import { documentFormat, documentsTranslator, pdfFileName } from "./document-text";
import { loadContact, loadSeller } from "./load-letterhead";
import type { PrintBlock } from "./pdf/printable";
import { priceTable, textBlocks, totalsBlocks } from "./price-blocks";

/** A sales order confirmation (销售订单确认书), with the actor's scope in the `where`. */
export async function loadOrderDocument(client: Tx, input: { actor: Actor; id: string; locale: Locale }): Promise<DocumentSource> {
  const { actor, locale } = input;
  assertCan(actor, "sales.read");
  const scope = await scopeWithin(client, actor);
  const order = await client.salesOrder.findFirst({
    where: { id: input.id, ...ownedDocumentWhere(scope) },
    include: {
      owner: { select: { name: true, email: true } },
      account: { select: { name: true, code: true, billingAddress: true, shippingAddress: true, taxId: true } },
      lines: { orderBy: { position: "asc" }, include: { product: { select: { sku: true } } } },
    },
  });
  if (!order) throw new NotFoundError();
  const contact = await loadContact(client, order.contactId, order.accountId);

  const t = documentsTranslator(locale);
  const f = documentFormat(locale);
  const seller = await loadSeller(client, t);
  // A draft has no number yet: it prints as a draft, never as a confirmation.
  const number = order.number ?? t("meta.draft");
  const lines = order.lines.map((l) => ({ ...l, sku: l.product?.sku ?? null }));
  const ctx = { currency: order.currencyCode, pricesIncludeTax: order.pricesIncludeTax, t, f };
  const shipTo = order.shippingAddress || order.account.shippingAddress;
  const prepayment: PrintBlock[] =
    toMinor(order.prepaymentRequired) > 0 ? [{ kind: "totals", rows: [{ label: t("totals.prepayment"), value: f.money(order.prepaymentRequired, order.currencyCode) }] }] : [];

  return {
    kind: "order",
    locale,
    seller,
    number,
    fileName: pdfFileName(order.number ?? `order-draft-${order.id}`),
    entity: { type: "SalesOrder", id: order.id },
    emailValues: { number },
    printable: {
      title: t("titles.order"),
      number,
      ...(order.status === "draft" ? { stamp: t("meta.draft") } : order.status === "cancelled" ? { stamp: t("meta.cancelled") } : {}),
      meta: [
        { label: t("meta.orderDate"), value: order.orderDate },
        ...(order.requestedDate ? [{ label: t("meta.requestedDate"), value: order.requestedDate }] : []),
        ...(order.customerReference ? [{ label: t("meta.customerReference"), value: order.customerReference }] : []),
        { label: t("meta.paymentTerms"), value: t("meta.paymentTermsDays", { days: order.paymentTermsDays }) },
        { label: t("meta.currency"), value: order.currencyCode },
        { label: t("meta.salesRep"), value: [order.owner.name, order.owner.email].filter(Boolean).join("\n") },
      ],
      parties: [
        { heading: t("parties.buyer"), lines: buyerLines(t, order.account, contact) },
        ...(shipTo ? [{ heading: t("parties.shipTo"), lines: [shipTo] }] : []),
      ],
      blocks: [
        { kind: "table", table: priceTable(lines, ctx) },
        ...totalsBlocks(lines, ctx, { currency: seller.baseCurrency, amount: order.totalBase, rate: order.exchangeRate }),
        ...prepayment,
        ...textBlocks(t, { notes: order.notes, bank: seller.bankDetails }),
      ],
      pageLabel: (page, pages) => t("footer.page", { page, pages }),
    },
  };
}
