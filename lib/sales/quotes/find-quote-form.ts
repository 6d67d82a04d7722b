import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan, can } from "@/lib/auth/permissions";
import { accountScopeWhere } from "@/lib/crm/crm-scope";
import { opportunityScopeWhere } from "@/lib/crm/opportunities/opportunity-values";
import { db } from "@/lib/db/client";
import { basisPointsToPercent } from "@/lib/domain/basis-points";
import { formatMoney } from "@/lib/domain/money";
import { formatQuantity } from "@/lib/domain/quantity";
import { NotFoundError } from "@/lib/errors";
import { companyDay } from "@/lib/pricing/company-day";
import { editsInPlace } from "./edits-in-place";
import { ownedDocumentWhere, salesScope } from "@/lib/sales/sales-scope";

/** One editor row as the form starts with it (texts, as typed). */
export type QuoteFormLine = { productId: string; sku: string; description: string; quantity: string; unitPrice: string; discount: string; vatRate: string; uomDecimals: boolean; unitCost: number | null };

export type QuoteFormValues = {
  accountId: string;
  opportunityId: string;
  contactId: string;
  title: string;
  currencyCode: string;
  priceListId: string;
  validUntil: string;
  paymentTermsDays: number;
  notes: string;
  terms: string;
  lines: QuoteFormLine[];
};

const PRODUCT_FACTS = { select: { sku: true, uomDecimals: true, standardCost: true, vatRate: { select: { rateBp: true } } } } as const;

function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** What every quote form offers: the account's contacts, enabled currencies, active price lists. */
async function formOptions(actor: Actor, accountId: string) {
  const [contacts, currencies, priceLists, company] = await Promise.all([
    db.contact.findMany({ where: { accountId }, select: { id: true, name: true }, orderBy: [{ isPrimary: "desc" }, { name: "asc" }], take: 500 }),
    db.currency.findMany({ where: { enabled: true }, select: { code: true }, orderBy: { code: "asc" } }),
    db.priceList.findMany({ where: { active: true }, select: { id: true, name: true, currencyCode: true, taxInclusive: true }, orderBy: [{ name: "asc" }, { id: "asc" }], take: 500 }),
    db.company.findUnique({ where: { id: "company" }, select: { baseCurrency: true, quoteValidityDays: true, quoteTerms: true } }),
  ]);
  return { contacts, currencies: currencies.map((c) => c.code), priceLists, baseCurrency: company?.baseCurrency ?? "CNY", showCost: can(actor, "cost.read"), company };
}

type SourceLine = { productId: string | null; description: string; quantity: number; unitPrice: number; discountBp: number; product: { sku: string; uomDecimals: boolean; standardCost: number; vatRate: { rateBp: number } } | null };

/** A stored line (opportunity or quote) as editor texts; `vatRateBp`/`unitCost` default to the product's. */
function formLine(l: SourceLine, currencyCode: string, showCost: boolean, stored: { vatRateBp?: number; unitCost?: number } = {}): QuoteFormLine {
  const vatRateBp = stored.vatRateBp ?? l.product?.vatRate.rateBp;
  const unitCost = stored.unitCost ?? l.product?.standardCost;
  return {
    productId: l.productId ?? "",
    sku: l.product?.sku ?? "",
    description: l.description,
    quantity: formatQuantity(l.quantity),
    unitPrice: formatMoney(l.unitPrice, currencyCode),
    discount: l.discountBp ? basisPointsToPercent(l.discountBp) : "",
    vatRate: vatRateBp === undefined ? "" : basisPointsToPercent(vatRateBp),
    uomDecimals: l.product?.uomDecimals ?? true,
    unitCost: showCost && unitCost !== undefined ? unitCost : null,
  };
}

/**
 * A new quote's starting values: for an account (its price list, payment terms, the company's
 * validity and terms) or for an opportunity (its account, contact, currency, name and lines).
 */
export async function findNewQuoteForm({ actor, accountId, opportunityId, now = new Date() }: { actor: Actor; accountId: string | null; opportunityId: string | null; now?: Date }) {
  assertCan(actor, "sales.manage");
  const scope = await salesScope(actor);
  const opportunity = opportunityId
    ? await db.opportunity.findFirst({
        where: { AND: [{ id: opportunityId }, opportunityScopeWhere(scope)] },
        select: { id: true, name: true, accountId: true, contactId: true, currencyCode: true, lines: { orderBy: { position: "asc" }, include: { product: PRODUCT_FACTS } } },
      })
    : null;
  if (opportunityId && !opportunity) throw new NotFoundError();
  const account = await db.account.findFirst({
    where: { AND: [{ id: opportunity?.accountId ?? accountId ?? "" }, accountScopeWhere(scope)] },
    select: { id: true, name: true, paymentTermsDays: true, priceListId: true, priceList: { select: { currencyCode: true, active: true } } },
  });
  if (!account) throw new NotFoundError();
  const options = await formOptions(actor, account.id);
  const showCost = options.showCost;
  const currencyCode = opportunity?.currencyCode ?? (account.priceList?.active ? account.priceList.currencyCode : options.baseCurrency);
  const values: QuoteFormValues = {
    accountId: account.id,
    opportunityId: opportunity?.id ?? "",
    contactId: opportunity?.contactId ?? "",
    title: opportunity?.name ?? "",
    currencyCode,
    priceListId: account.priceList?.active ? (account.priceListId ?? "") : "",
    validUntil: addDays(companyDay(now), options.company?.quoteValidityDays ?? 30),
    paymentTermsDays: account.paymentTermsDays,
    notes: "",
    terms: options.company?.quoteTerms ?? "",
    lines: (opportunity?.lines ?? []).map((l) => formLine(l, currencyCode, showCost)),
  };
  return { account: { id: account.id, name: account.name }, opportunity: opportunity ? { id: opportunity.id, name: opportunity.name } : null, values, ...options };
}

/** The current revision of a quote as form values, for editing (or revising). */
export async function findEditQuoteForm({ actor, id }: { actor: Actor; id: string }) {
  assertCan(actor, "sales.manage");
  const scope = await salesScope(actor);
  const quote = await db.quote.findFirst({
    where: { AND: [{ id }, ownedDocumentWhere(scope)] },
    select: { id: true, number: true, status: true, currentRevision: true, title: true, contactId: true, opportunityId: true, account: { select: { id: true, name: true } }, opportunity: { select: { id: true, name: true } } },
  });
  if (!quote) throw new NotFoundError();
  const revision = await db.quoteRevision.findUniqueOrThrow({
    where: { quoteId_revision: { quoteId: quote.id, revision: quote.currentRevision } },
    include: { lines: { orderBy: { position: "asc" }, include: { product: PRODUCT_FACTS } } },
  });
  const options = await formOptions(actor, quote.account.id);
  const values: QuoteFormValues = {
    accountId: quote.account.id,
    opportunityId: quote.opportunityId ?? "",
    contactId: quote.contactId ?? "",
    title: quote.title,
    currencyCode: revision.currencyCode,
    priceListId: revision.priceListId ?? "",
    validUntil: revision.validUntil,
    paymentTermsDays: revision.paymentTermsDays,
    notes: revision.notes,
    terms: revision.terms,
    lines: revision.lines.map((l) => formLine(l, revision.currencyCode, options.showCost, { vatRateBp: l.vatRateBp, unitCost: l.unitCost })),
  };
  return { quote, revises: !editsInPlace(quote, revision), account: quote.account, opportunity: quote.opportunity, values, ...options };
}

export type QuoteFormData = Awaited<ReturnType<typeof findNewQuoteForm>> | Awaited<ReturnType<typeof findEditQuoteForm>>;
