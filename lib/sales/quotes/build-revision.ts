import "server-only";
import type { Actor } from "@/lib/auth/actor";
import type { Tx } from "@/lib/db/client";
import { percentToBasisPoints } from "@/lib/domain/basis-points";
import { isLineProblem, parseLine } from "@/lib/domain/line-input";
import { documentTotals } from "@/lib/domain/money";
import { AppError, FieldError } from "@/lib/errors";
import { convertToBase } from "@/lib/pricing/convert-to-base";
import type { QuoteCreateInput } from "@/lib/validation/quotes";

export type QuoteHeaderInput = Omit<QuoteCreateInput, "accountId" | "opportunityId">;

/** A revision's rows, ready for `quoteRevision.create` (minus quoteId/revision) and the quote's list columns. */
export type BuiltRevision = Awaited<ReturnType<typeof buildRevision>>;

/**
 * Checks a quote's typed header and lines against the database inside the caller's transaction
 * (a contact of the account, an enabled currency, an active price list, sellable products) and
 * prices them exactly: every line rounded once, totals as sums, VAT per line from the product
 * unless typed, base-currency total at today's rate. Nothing is written here.
 */
export async function buildRevision(tx: Tx, { actor, accountId, input, today }: { actor: Actor; accountId: string; input: QuoteHeaderInput; today: string }) {
  if (input.contactId) {
    const contact = await tx.contact.findFirst({ where: { id: input.contactId, accountId }, select: { id: true } });
    if (!contact) throw new FieldError("contactId", "choice");
  }
  const currency = await tx.currency.findFirst({ where: { code: input.currencyCode, enabled: true }, select: { code: true } });
  if (!currency) throw new FieldError("currencyCode", "choice");
  let pricesIncludeTax = false;
  if (input.priceListId) {
    const list = await tx.priceList.findFirst({ where: { id: input.priceListId, active: true }, select: { taxInclusive: true } });
    if (!list) throw new FieldError("priceListId", "choice");
    // The list decides whether the typed prices include VAT (its prices are what reps copy).
    pricesIncludeTax = list.taxInclusive;
  }
  if (input.validUntil < today) throw new FieldError("validUntil", "format");

  const productIds = [...new Set(input.lines.map((l) => l.productId).filter((id): id is string => id !== null))];
  const products = productIds.length
    ? await tx.product.findMany({
        where: { id: { in: productIds }, kind: { not: "group" } },
        select: { id: true, uomDecimals: true, nameZh: true, nameEn: true, uom: true, standardCost: true, vatRate: { select: { rateBp: true } } },
      })
    : [];
  const byId = new Map(products.map((p) => [p.id, p]));

  const parsed = input.lines.map((typed, i) => {
    const product = typed.productId ? byId.get(typed.productId) : null;
    if (typed.productId && !product) throw new FieldError(`lines.${i}.productId`, "choice");
    const facts = product ? { uomDecimals: product.uomDecimals, name: actor.locale === "en" ? product.nameEn : product.nameZh } : null;
    const line = parseLine(typed, i, currency.code, facts);
    if (isLineProblem(line)) throw new FieldError(line.field, line.key);
    const vatRateBp = typed.vatRate === "" ? (product?.vatRate.rateBp ?? null) : percentToBasisPoints(typed.vatRate);
    if (vatRateBp === null) throw new FieldError(`lines.${i}.vatRate`, "vatRate");
    return { ...line, vatRateBp, uom: product?.uom ?? "EA", unitCost: product?.standardCost ?? 0 };
  });

  const totals = documentTotals(parsed, pricesIncludeTax);
  const base = await convertToBase({ amount: totals.gross, currency: currency.code, date: today, tx });
  if (!Number.isSafeInteger(totals.gross)) throw new AppError("quotes.tooLarge");

  const lines = parsed.map((line, position) => ({
    position,
    productId: line.productId,
    description: line.description,
    uom: line.uom,
    quantity: line.quantity,
    unitPrice: line.unitPrice,
    discountBp: line.discountBp,
    vatRateBp: line.vatRateBp,
    unitCost: line.unitCost,
    net: BigInt(totals.lines[position].net),
    tax: BigInt(totals.lines[position].tax),
    gross: BigInt(totals.lines[position].gross),
  }));
  return {
    revision: {
      currencyCode: currency.code,
      exchangeRate: base.rate,
      priceListId: input.priceListId,
      pricesIncludeTax,
      validUntil: input.validUntil,
      paymentTermsDays: input.paymentTermsDays,
      notes: input.notes,
      terms: input.terms,
      subtotal: BigInt(totals.net),
      taxTotal: BigInt(totals.tax),
      total: BigInt(totals.gross),
      totalBase: BigInt(base.amount),
      maxDiscountBp: Math.max(0, ...parsed.map((l) => l.discountBp)),
    },
    lines,
    // The quote row mirrors the current revision for lists.
    quote: { title: input.title, contactId: input.contactId, currencyCode: currency.code, total: BigInt(totals.gross), totalBase: BigInt(base.amount), validUntil: input.validUntil },
  };
}
