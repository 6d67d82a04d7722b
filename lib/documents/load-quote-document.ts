import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { scopeWithin } from "@/lib/auth/load-scope";
import { assertCan } from "@/lib/auth/permissions";
import type { Tx } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors";
import type { Locale } from "@/lib/i18n/locales";
import { companyDay } from "@/lib/pricing/company-day";
import { ownedDocumentWhere } from "@/lib/sales/sales-scope";
import { buyerLines } from "./buyer-lines";
import type { DocumentSource } from "./document-source";
import { documentFormat, documentsTranslator, pdfFileName } from "./document-text";
import { loadContact, loadSeller } from "./load-letterhead";
import { priceTable, textBlocks, totalsBlocks } from "./price-blocks";

/**
 * A quote (报价单) as printed: the given revision, by default the current one. Read through the
 * caller's client with the actor's scope in the `where`: someone else's quote is not found.
 */
export async function loadQuoteDocument(client: Tx, input: { actor: Actor; id: string; revision?: number; locale: Locale }): Promise<DocumentSource> {
  const { actor, locale } = input;
  assertCan(actor, "sales.read");
  const scope = await scopeWithin(client, actor);
  const quote = await client.quote.findFirst({
    where: { id: input.id, ...ownedDocumentWhere(scope) },
    select: {
      id: true,
      number: true,
      currentRevision: true,
      accountId: true,
      contactId: true,
      owner: { select: { name: true, email: true } },
      account: { select: { name: true, code: true, billingAddress: true, taxId: true } },
    },
  });
  if (!quote) throw new NotFoundError();
  const revision = input.revision ?? quote.currentRevision;
  const rev = await client.quoteRevision.findUnique({
    where: { quoteId_revision: { quoteId: quote.id, revision } },
    include: { lines: { orderBy: { position: "asc" }, include: { product: { select: { sku: true } } } } },
  });
  if (!rev) throw new NotFoundError();
  const contact = await loadContact(client, quote.contactId, quote.accountId);

  const t = documentsTranslator(locale);
  const f = documentFormat(locale);
  const seller = await loadSeller(client, t);
  const number = revision > 1 ? `${quote.number} R${revision}` : quote.number;
  const lines = rev.lines.map((l) => ({ ...l, sku: l.product?.sku ?? null }));
  const ctx = { currency: rev.currencyCode, pricesIncludeTax: rev.pricesIncludeTax, t, f };

  return {
    kind: "quote",
    locale,
    seller,
    number,
    fileName: pdfFileName(revision > 1 ? `${quote.number}-R${revision}` : quote.number),
    entity: { type: "Quote", id: quote.id },
    emailValues: { number },
    printable: {
      title: t("titles.quote"),
      number,
      meta: [
        { label: t("meta.date"), value: companyDay(rev.createdAt) },
        { label: t("meta.revision"), value: `R${revision}` },
        { label: t("meta.validUntil"), value: rev.validUntil },
        { label: t("meta.paymentTerms"), value: t("meta.paymentTermsDays", { days: rev.paymentTermsDays }) },
        { label: t("meta.currency"), value: rev.currencyCode },
        { label: t("meta.salesRep"), value: [quote.owner.name, quote.owner.email].filter(Boolean).join("\n") },
      ],
      parties: [{ heading: t("parties.buyer"), lines: buyerLines(t, quote.account, contact) }],
      blocks: [
        { kind: "table", table: priceTable(lines, ctx) },
        ...totalsBlocks(lines, ctx, { currency: seller.baseCurrency, amount: rev.totalBase, rate: rev.exchangeRate }),
        ...textBlocks(t, { notes: rev.notes, terms: rev.terms, bank: seller.bankDetails }),
      ],
      pageLabel: (page, pages) => t("footer.page", { page, pages }),
    },
  };
}
