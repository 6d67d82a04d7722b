import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { writeAudit } from "@/lib/audit/write-audit";
import { accountScopeWhere } from "@/lib/crm/crm-scope";
import { db, type Tx } from "@/lib/db/client";
import { isLineProblem, parseLine } from "@/lib/domain/line-input";
import { AppError, FieldError, NotFoundError } from "@/lib/errors";
import type { Scope } from "@/lib/auth/scope";
import { companyDay } from "@/lib/pricing/company-day";
import { createInvoiceInTx } from "@/lib/sales/invoices/create-invoice";
import { issueInvoiceInTx } from "@/lib/sales/invoices/issue-invoice";
import { issueStockInTx } from "@/lib/stock/issue-stock";
import type { CashSaleInput } from "@/lib/validation/payments";
import { withIdempotency } from "../idempotency/with-idempotency";
import { salesScope } from "../sales-scope";
import { applyAllocationsInTx } from "./apply-allocations";
import { createPaymentInTx } from "./record-payment";

export const WALK_IN_CODE = "WALK-IN";

export type CashSaleResult = { paymentId: string; invoiceId: string; invoiceNumber: string; repeated: boolean };

/**
 * 现收款: sells over the counter in ONE transaction — stock out of the default warehouse for
 * stock-tracked products (at moving average, which becomes the lines' cost), an invoice created
 * and issued from the lines, and a CASH_SALE payment allocated to it in full. Any failure (stock
 * short, bad line, no exchange rate) rolls all of it back. No customer = the walk-in account.
 */
export async function recordCashSale({ actor, input, idempotencyKey, today = companyDay() }: { actor: Actor; input: CashSaleInput; idempotencyKey: string; today?: string }): Promise<CashSaleResult> {
  assertCan(actor, "billing.manage");
  const scope = await salesScope(actor);
  const result = await withIdempotency({ scope: actor.id, key: idempotencyKey, body: { ...input, today }, resourceType: "payment" }, async (tx) => {
    const account = await resolveCustomerInTx(tx, actor, scope, input.accountId);
    const company = await tx.company.findUnique({ where: { id: "company" }, select: { baseCurrency: true, defaultVatRateBp: true } });
    const currencyCode = company?.baseCurrency ?? "CNY";
    const priceList = account.priceListId
      ? await tx.priceList.findUnique({ where: { id: account.priceListId }, select: { taxInclusive: true } })
      : await tx.priceList.findFirst({ where: { isDefault: true }, select: { taxInclusive: true } });

    // Lines as typed → exact numbers; the product says its VAT rate, unit and whether it is stocked.
    const productIds = [...new Set(input.lines.map((l) => l.productId).filter((id): id is string => id !== null))];
    const products = productIds.length
      ? await tx.product.findMany({ where: { id: { in: productIds }, kind: { not: "group" } }, select: { id: true, uomDecimals: true, nameZh: true, nameEn: true, stockTracked: true, vatRate: { select: { rateBp: true } } } })
      : [];
    const byId = new Map(products.map((p) => [p.id, p]));
    const lines = input.lines.map((typed, i) => {
      const product = typed.productId ? byId.get(typed.productId) : null;
      if (typed.productId && !product) throw new FieldError(`lines.${i}.productId`, "choice");
      const parsed = parseLine(typed, i, currencyCode, product ? { uomDecimals: product.uomDecimals, name: actor.locale === "en" ? product.nameEn : product.nameZh } : null);
      if (isLineProblem(parsed)) throw new FieldError(parsed.field, parsed.key);
      return { ...parsed, stockTracked: product?.stockTracked ?? false, vatRateBp: product?.vatRate.rateBp ?? company?.defaultVatRateBp ?? 1300 };
    });

    // Stock out first: its moves carry the moving-average cost the sales facts need.
    const stocked = lines.filter((l) => l.stockTracked && l.productId);
    const cost = new Map<string, number>();
    if (stocked.length) {
      const warehouse = await tx.warehouse.findFirst({ where: { isDefault: true, active: true }, select: { id: true } });
      if (!warehouse) throw new AppError("payments.noWarehouse", {}, 409);
      const posted = await issueStockInTx(tx, { actor, input: { warehouseId: warehouse.id, reference: "POS", lines: stocked.map((l) => ({ productId: l.productId as string, quantity: l.quantity })) } });
      for (const m of posted.moves) cost.set(m.productId, m.unitCost);
    }

    const invoiceId = await createInvoiceInTx(tx, {
      actor,
      input: {
        accountId: account.id,
        issueDate: today,
        notes: input.notes,
        currencyCode,
        pricesIncludeTax: priceList?.taxInclusive ?? false,
        cashSale: true,
        freeLines: lines.map((l) => ({ productId: l.productId, description: l.description, quantity: l.quantity, unitPrice: l.unitPrice, discountBp: l.discountBp, vatRateBp: l.vatRateBp, ...(l.productId && cost.has(l.productId) ? { unitCost: cost.get(l.productId) } : {}) })),
      },
    });
    const invoice = await issueInvoiceInTx(tx, { actor, invoiceId, today });
    const payment = await createPaymentInTx(tx, { actor, kind: "CASH_SALE", accountId: account.id, amount: invoice.total, currencyCode, method: input.method, paymentDate: today, reference: input.reference || invoice.number, notes: input.notes });
    await applyAllocationsInTx(tx, { accountId: account.id, currencyCode, available: invoice.total, lines: [{ invoiceId, amount: invoice.total }], source: { paymentId: payment.id }, day: today, actorId: actor.id });
    await writeAudit(tx, { actor, action: "payment.cash_sale", entityType: "Payment", entityId: payment.id, after: { invoice: invoice.number, amount: invoice.total, lines: lines.length } });
    return payment.id;
  });
  const allocation = await db.allocation.findFirstOrThrow({ where: { paymentId: result.id }, select: { invoice: { select: { id: true, number: true } } } });
  return { paymentId: result.id, invoiceId: allocation.invoice.id, invoiceNumber: allocation.invoice.number ?? "", repeated: result.repeated };
}

/** The chosen customer (in the actor's scope), or the walk-in account, created on first use. */
async function resolveCustomerInTx(tx: Tx, actor: Actor, scope: Scope, accountId: string | null): Promise<{ id: string; priceListId: string | null }> {
  if (accountId) {
    const account = await tx.account.findFirst({ where: { id: accountId, ...accountScopeWhere(scope) }, select: { id: true, priceListId: true } });
    if (!account) throw new NotFoundError();
    return account;
  }
  // Upsert on the unique code: two first cash sales at once create one walk-in account.
  return tx.account.upsert({
    where: { code: WALK_IN_CODE },
    create: { code: WALK_IN_CODE, name: actor.locale === "en" ? "Walk-in customer" : "散客", ownerId: actor.id, paymentTermsDays: 0 },
    update: {},
    select: { id: true, priceListId: true },
  });
}
