import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { can, assertCan } from "@/lib/auth/permissions";
import { loadScope } from "@/lib/auth/load-scope";
import { accountScopeWhere } from "@/lib/crm/crm-scope";
import { db } from "@/lib/db/client";
import { containsText } from "@/lib/db/provider";
import { formatMoney } from "@/lib/domain/money";
import type { LineProductSearchInput } from "@/lib/validation/lines";
import { priceFor } from "./price-for";

const LIMIT = 12;

/**
 * The line editor's product search: active, sellable products by SKU or name, each with the
 * unit price a line would start from — the account's price list, else the default list, else the
 * list price, for one unit today. The price is offered only when it is in the document's
 * currency (no silent conversion of a customer's agreed price); otherwise it is shown as a hint.
 */
export async function findLineProductChoices({ actor, input }: { actor: Actor; input: LineProductSearchInput }) {
  assertCan(actor, "catalog.read");
  let priceListId: string | null = null;
  if (input.accountId && can(actor, "crm.read")) {
    const scope = await loadScope(actor);
    const account = await db.account.findFirst({ where: { AND: [{ id: input.accountId }, accountScopeWhere(scope)] }, select: { priceListId: true } });
    priceListId = account?.priceListId ?? null;
  }
  const text = input.q;
  const products = await db.product.findMany({
    where: { AND: [{ kind: { not: "group" } }, { status: "active" }, { OR: [{ sku: containsText(text) }, { nameZh: containsText(text) }, { nameEn: containsText(text) }] }] },
    orderBy: [{ sku: "asc" }],
    take: LIMIT,
    select: { id: true, sku: true, nameZh: true, nameEn: true, uom: true, uomDecimals: true },
  });
  const today = new Date();
  const choices = [];
  // One product at a time: a dozen small indexed reads, and SQLite has one connection anyway.
  for (const product of products) {
    const price = await priceFor({ productId: product.id, priceListId, qty: 1000, date: today });
    choices.push({
      ...product,
      price: { text: formatMoney(price.netUnitPrice, price.currency), currency: price.currency, usable: price.currency === input.currencyCode },
    });
  }
  return choices;
}

export type LineProductChoice = Awaited<ReturnType<typeof findLineProductChoices>>[number];
