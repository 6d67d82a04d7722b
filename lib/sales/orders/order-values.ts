import "server-only";
import type { Actor } from "@/lib/auth/actor";
import type { Scope } from "@/lib/auth/scope";
import { accountScopeWhere } from "@/lib/crm/crm-scope";
import type { Tx } from "@/lib/db/client";
import { isLineProblem, parseLine } from "@/lib/domain/line-input";
import { documentTotals, type DocumentTotals } from "@/lib/domain/money";
import { FieldError, NotFoundError } from "@/lib/errors";
import type { OrderLineInput } from "@/lib/validation/orders";

const MAX_TOTAL = 1_000_000_000_000_000n;

/** One order line, priced exactly, ready to write (lineId: the existing line it replaces). */
export type PricedOrderLine = {
  lineId: string | null;
  position: number;
  productId: string | null;
  description: string;
  uom: string;
  stockTracked: boolean;
  quantity: number;
  unitPrice: number;
  discountBp: number;
  vatRateBp: number;
  unitCost: number;
  net: bigint;
  tax: bigint;
  gross: bigint;
};

/**
 * Typed lines → exact lines with VAT from the product (or the company default for free text),
 * cost for margins, and the document totals with the VAT breakdown. Products must exist and be
 * sellable (not a variant group); every problem names its cell.
 */
export async function priceOrderLines(tx: Tx, actor: Actor, typed: OrderLineInput[], currency: string, pricesIncludeTax: boolean): Promise<{ lines: PricedOrderLine[]; totals: DocumentTotals }> {
  const ids = [...new Set(typed.map((l) => l.productId).filter((id): id is string => id !== null))];
  const products = ids.length
    ? await tx.product.findMany({
        where: { id: { in: ids }, kind: { not: "group" } },
        select: { id: true, uom: true, uomDecimals: true, nameZh: true, nameEn: true, stockTracked: true, standardCost: true, vatRate: { select: { rateBp: true } } },
      })
    : [];
  const byId = new Map(products.map((p) => [p.id, p]));
  const company = await tx.company.findUnique({ where: { id: "company" }, select: { defaultVatRateBp: true } });
  const lines = typed.map((line, i): PricedOrderLine => {
    const product = line.productId ? byId.get(line.productId) : null;
    if (line.productId && !product) throw new FieldError(`lines.${i}.productId`, "choice");
    const facts = product ? { uomDecimals: product.uomDecimals, name: actor.locale === "en" ? product.nameEn : product.nameZh } : null;
    const parsed = parseLine(line, i, currency, facts);
    if (isLineProblem(parsed)) throw new FieldError(parsed.field, parsed.key);
    return {
      lineId: line.lineId || null,
      position: i,
      productId: parsed.productId,
      description: parsed.description,
      uom: product?.uom ?? "EA",
      stockTracked: product?.stockTracked ?? false,
      quantity: parsed.quantity,
      unitPrice: parsed.unitPrice,
      discountBp: parsed.discountBp,
      vatRateBp: product?.vatRate.rateBp ?? company?.defaultVatRateBp ?? 1300,
      unitCost: product?.standardCost ?? 0,
      net: 0n,
      tax: 0n,
      gross: 0n,
    };
  });
  // Each line fits 32 bits per factor; the sum of 200 of them could still pass 2^53.
  if (lines.reduce((a, l) => a + (BigInt(l.unitPrice) * BigInt(l.quantity)) / 1000n, 0n) > MAX_TOTAL) throw new FieldError("lines", "lines.total");
  const totals = documentTotals(lines, pricesIncludeTax);
  lines.forEach((l, i) => {
    l.net = BigInt(totals.lines[i].net);
    l.tax = BigInt(totals.lines[i].tax);
    l.gross = BigInt(totals.lines[i].gross);
  });
  return { lines, totals };
}

/** The account must be visible to the actor: another rep's customer is "not found". */
export async function accountInScope(tx: Tx, scope: Scope, accountId: string) {
  const account = await tx.account.findFirst({
    where: { AND: [{ id: accountId }, accountScopeWhere(scope)] },
    select: { id: true, ownerId: true, teamId: true, priceListId: true, paymentTermsDays: true, shippingAddress: true, prepaymentBp: true, status: true },
  });
  if (!account) throw new NotFoundError();
  return account;
}

type HeaderRefs = { accountId: string; contactId: string | null; warehouseId: string; priceListId: string | null; currencyCode: string };

/**
 * Checks the caller-supplied references inside the transaction: the contact belongs to the
 * account, the warehouse and price list are active, the currency is enabled. Returns whether the
 * list's prices include tax.
 */
export async function checkHeaderRefs(tx: Tx, refs: HeaderRefs): Promise<{ pricesIncludeTax: boolean }> {
  if (refs.contactId) {
    const contact = await tx.contact.findFirst({ where: { id: refs.contactId, accountId: refs.accountId }, select: { id: true } });
    if (!contact) throw new FieldError("contactId", "choice");
  }
  const warehouse = await tx.warehouse.findFirst({ where: { id: refs.warehouseId, active: true }, select: { id: true } });
  if (!warehouse) throw new FieldError("warehouseId", "choice");
  const currency = await tx.currency.findFirst({ where: { code: refs.currencyCode, enabled: true }, select: { code: true } });
  if (!currency) throw new FieldError("currencyCode", "pricing.currencyNotEnabled");
  if (!refs.priceListId) return { pricesIncludeTax: false };
  const list = await tx.priceList.findFirst({ where: { id: refs.priceListId, active: true }, select: { taxInclusive: true, currencyCode: true } });
  if (!list) throw new FieldError("priceListId", "choice");
  return { pricesIncludeTax: list.taxInclusive };
}
