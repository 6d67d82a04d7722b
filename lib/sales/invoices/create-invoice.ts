import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { scopeWithin } from "@/lib/auth/load-scope";
import { assertCan } from "@/lib/auth/permissions";
import { writeAudit } from "@/lib/audit/write-audit";
import { accountScopeWhere } from "@/lib/crm/crm-scope";
import type { Tx } from "@/lib/db/client";
import { transact } from "@/lib/db/transact";
import { documentTotals, priceLine } from "@/lib/domain/money";
import { AppError, NotFoundError } from "@/lib/errors";
import { convertToBase } from "@/lib/pricing/convert-to-base";
import { collectInvoiceSources, type FreeLine, type SourceLine } from "./invoice-sources";

export type CreateInvoiceInput = {
  accountId: string;
  /** YYYY-MM-DD; the issue date is set again when the invoice is issued. */
  issueDate: string;
  notes?: string;
  buyerReference?: string;
  deliveryLines?: SourceLine[];
  orderLines?: SourceLine[];
  freeLines?: FreeLine[];
  /** Currency and tax mode of free lines (cash sales); lines from orders carry their order's. */
  currencyCode?: string;
  pricesIncludeTax?: boolean;
  cashSale?: boolean;
};

const MAX_LINES = 500;

/**
 * Creates a draft invoice (销售发票) for one customer from posted delivery lines (settlement),
 * order lines (services, prepaid goods) and free lines (cash sales), inside the caller's
 * transaction so a cash sale can create, issue and pay in one unit of work. Nothing moves on any
 * ledger until the invoice is issued. Returns the draft's id.
 */
export async function createInvoiceInTx(tx: Tx, { actor, input }: { actor: Actor; input: CreateInvoiceInput }): Promise<string> {
  assertCan(actor, "billing.manage");
  const scope = await scopeWithin(tx, actor);
  // The customer must be one the actor may see: an id from outside the scope is "not found".
  const account = await tx.account.findFirst({
    where: { AND: [{ id: input.accountId }, accountScopeWhere(scope)] },
    select: { id: true, ownerId: true, teamId: true, paymentTermsDays: true },
  });
  if (!account) throw new NotFoundError();

  const deliveryLines = input.deliveryLines ?? [];
  const orderLines = input.orderLines ?? [];
  const freeLines = input.freeLines ?? [];
  if (deliveryLines.length + orderLines.length + freeLines.length === 0) throw new AppError("invoices.noLines", {}, 422);
  if (deliveryLines.length + orderLines.length + freeLines.length > MAX_LINES) throw new AppError("invoices.tooManyLines", { max: MAX_LINES }, 422);

  const { drafts, orders } = await collectInvoiceSources(tx, { accountId: account.id, deliveryLines, orderLines, freeLines });

  const company = await tx.company.findUnique({ where: { id: "company" }, select: { baseCurrency: true } });
  const freeCurrency = freeLines.length ? (input.currencyCode ?? company?.baseCurrency ?? "CNY") : null;
  const currencies = new Set([...orders.map((o) => o.currencyCode), ...(freeCurrency ? [freeCurrency] : [])]);
  // One currency per invoice: amounts in two currencies never add up as plain numbers.
  if (currencies.size !== 1) throw new AppError("invoices.mixedCurrency", {}, 422);
  const taxModes = new Set([...orders.map((o) => o.pricesIncludeTax), ...(freeLines.length ? [input.pricesIncludeTax ?? false] : [])]);
  if (taxModes.size !== 1) throw new AppError("invoices.mixedTaxMode", {}, 422);
  const currencyCode = [...currencies][0];
  const pricesIncludeTax = [...taxModes][0];

  const totals = documentTotals(drafts, pricesIncludeTax);
  const base = await convertToBase({ amount: totals.gross, currency: currencyCode, date: input.issueDate, tx });
  const first = orders[0];
  const orderNumbers = [...new Set(orders.map((o) => o.number).filter((n): n is string => Boolean(n)))];
  const references = [...new Set(orders.map((o) => o.customerReference).filter(Boolean))];

  const invoice = await tx.invoice.create({
    data: {
      kind: "INVOICE",
      status: "draft",
      accountId: account.id,
      ownerId: first?.ownerId ?? account.ownerId,
      teamId: first ? first.teamId : account.teamId,
      currencyCode,
      exchangeRate: base.rate,
      pricesIncludeTax,
      issueDate: input.issueDate,
      dueDate: input.issueDate,
      paymentTermsDays: first?.paymentTermsDays ?? account.paymentTermsDays,
      buyerReference: (input.buyerReference ?? "").trim() || references.join(", ").slice(0, 200),
      orderReference: orderNumbers.join(", ").slice(0, 200),
      notes: input.notes ?? "",
      subtotal: BigInt(totals.net),
      taxTotal: BigInt(totals.tax),
      total: BigInt(totals.gross),
      totalBase: BigInt(base.amount),
      cashSale: input.cashSale ?? false,
      createdById: actor.id,
      lines: {
        create: drafts.map((d, position) => {
          const priced = priceLine(d, pricesIncludeTax);
          return { ...d, position, net: BigInt(priced.net), tax: BigInt(priced.tax), gross: BigInt(priced.gross) };
        }),
      },
    },
    select: { id: true },
  });
  await writeAudit(tx, {
    actor,
    action: "create",
    entityType: "Invoice",
    entityId: invoice.id,
    after: { accountId: account.id, currencyCode, total: totals.gross, lines: drafts.length, orders: orderNumbers },
  });
  return invoice.id;
}

/** createInvoiceInTx in its own transaction (the new-invoice form). */
export async function createInvoice(options: { actor: Actor; input: CreateInvoiceInput }): Promise<{ id: string }> {
  return { id: await transact((tx) => createInvoiceInTx(tx, options)) };
}
