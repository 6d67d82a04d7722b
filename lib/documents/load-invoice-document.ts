import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { scopeWithin } from "@/lib/auth/load-scope";
import { assertCan } from "@/lib/auth/permissions";
import type { Tx } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors";
import type { Locale } from "@/lib/i18n/locales";
import { ownedDocumentWhere } from "@/lib/sales/sales-scope";
import { buyerLines } from "./buyer-lines";
import type { DocumentSource } from "./document-source";
import { documentFormat, documentsTranslator, pdfFileName } from "./document-text";
import { loadSeller } from "./load-letterhead";
import { priceTable, textBlocks, totalsBlocks } from "./price-blocks";

/**
 * An invoice (销售发票) or credit note (红字发票, naming the invoice it corrects). An issued
 * document prints the buyer as frozen at issue; a draft prints the account as it is now and is
 * stamped as a draft (it has no number yet).
 */
export async function loadInvoiceDocument(client: Tx, input: { actor: Actor; id: string; locale: Locale }): Promise<DocumentSource> {
  const { actor, locale } = input;
  assertCan(actor, "sales.read");
  const scope = await scopeWithin(client, actor);
  const invoice = await client.invoice.findFirst({
    where: { id: input.id, ...ownedDocumentWhere(scope) },
    include: {
      owner: { select: { name: true, email: true } },
      account: { select: { name: true, code: true, billingAddress: true, taxId: true } },
      originalInvoice: { select: { number: true, issueDate: true } },
      lines: { orderBy: { position: "asc" }, include: { product: { select: { sku: true } } } },
    },
  });
  if (!invoice) throw new NotFoundError();

  const t = documentsTranslator(locale);
  const f = documentFormat(locale);
  const seller = await loadSeller(client, t);
  const credit = invoice.kind === "CREDIT_NOTE";
  const number = invoice.number ?? t("meta.draft");
  const frozen = invoice.status !== "draft" && invoice.buyerName !== "";
  const buyer = frozen
    ? { name: invoice.buyerName, code: invoice.account.code, billingAddress: invoice.buyerAddress, taxId: invoice.buyerTaxId }
    : invoice.account;
  const lines = invoice.lines.map((l) => ({ ...l, sku: l.product?.sku ?? null }));
  const ctx = { currency: invoice.currencyCode, pricesIncludeTax: invoice.pricesIncludeTax, t, f };

  return {
    kind: credit ? "creditNote" : "invoice",
    locale,
    seller,
    number,
    fileName: pdfFileName(invoice.number ?? `${credit ? "credit-note" : "invoice"}-draft-${invoice.id}`),
    entity: { type: "Invoice", id: invoice.id },
    emailValues: { number },
    printable: {
      title: credit ? t("titles.creditNote") : t("titles.invoice"),
      number,
      ...(invoice.status === "draft" ? { stamp: t("meta.draft") } : invoice.status === "void" ? { stamp: t("meta.cancelled") } : {}),
      meta: [
        { label: t("meta.issueDate"), value: invoice.issueDate },
        ...(credit && invoice.originalInvoice
          ? [{ label: t("meta.originalInvoice"), value: [invoice.originalInvoice.number ?? "", invoice.originalInvoice.issueDate].filter(Boolean).join("  ") }]
          : []),
        ...(credit && invoice.creditReason ? [{ label: t("meta.creditReason"), value: invoice.creditReason }] : []),
        ...(credit ? [] : [{ label: t("meta.dueDate"), value: invoice.dueDate }]),
        ...(credit ? [] : [{ label: t("meta.paymentTerms"), value: t("meta.paymentTermsDays", { days: invoice.paymentTermsDays }) }]),
        ...(invoice.orderReference ? [{ label: t("meta.orderReference"), value: invoice.orderReference }] : []),
        ...(invoice.buyerReference ? [{ label: t("meta.customerReference"), value: invoice.buyerReference }] : []),
        { label: t("meta.currency"), value: invoice.currencyCode },
      ],
      parties: [{ heading: t("parties.buyer"), lines: buyerLines(t, buyer) }],
      blocks: [
        { kind: "table", table: priceTable(lines, ctx) },
        ...totalsBlocks(lines, ctx, { currency: seller.baseCurrency, amount: invoice.totalBase, rate: invoice.exchangeRate }),
        ...textBlocks(t, { notes: invoice.notes, ...(credit ? {} : { bank: seller.bankDetails }) }),
      ],
      pageLabel: (page, pages) => t("footer.page", { page, pages }),
    },
  };
}
