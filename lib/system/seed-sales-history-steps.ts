import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { formatMoney, toMinor } from "@/lib/domain/money";
import { formatQuantity } from "@/lib/domain/quantity";
import { AppError } from "@/lib/errors";
import { releaseCreditHold } from "@/lib/sales/credit/release-credit-hold";
import { createDelivery } from "@/lib/sales/deliveries/create-delivery";
import { postDelivery } from "@/lib/sales/deliveries/post-delivery";
import { createInvoice } from "@/lib/sales/invoices/create-invoice";
import { issueInvoice } from "@/lib/sales/invoices/issue-invoice";
import { confirmOrder } from "@/lib/sales/orders/confirm-order";
import { acceptQuote } from "@/lib/sales/quotes/accept-quote";
import { createQuote } from "@/lib/sales/quotes/create-quote";
import { decideQuoteApproval } from "@/lib/sales/quotes/decide-quote-approval";
import { rejectQuote } from "@/lib/sales/quotes/reject-quote";
import { requestQuoteApproval } from "@/lib/sales/quotes/request-quote-approval";
import { sendQuote } from "@/lib/sales/quotes/send-quote";
import { updateQuote } from "@/lib/sales/quotes/update-quote";
import { createReturn } from "@/lib/sales/returns/create-return";
import { postReturn } from "@/lib/sales/returns/post-return";
import { recordPayment } from "@/lib/sales/payments/record-payment";
import { type HistoryEvent, partQuantity, type PlanLine } from "./seed-sales-history-plan";

// One step per planned event, each through the service a person's click would call, with the
// date of the event passed in as the services' `now`/`today`. The state maps the plan's numbers
// (quote 17, delivery 40, invoice 38) to the rows the services created.

export type HistoryActors = { owner: (id: string) => Actor; manager: Actor; admin: Actor; warehouse: Actor; finance: Actor };

export type HistoryState = {
  quotes: Map<number, { id: string; revision: number; accountId: string; ownerId: string; orderId?: string; lines: PlanLine[] }>;
  deliveries: Map<number, { id: string; lineIds: string[] }>;
  invoices: Map<number, { id: string; accountId: string }>;
  warehouseId: string;
  holdsReleased: number;
  approvals: number;
};

/** Noon in Shanghai on `day`: a `now` whose company day is `day`. */
const at = (day: string) => new Date(`${day}T04:00:00Z`);
const addDays = (day: string, n: number) => new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
const keyOf = (e: unknown) => (e instanceof AppError ? e.key : "");

function lineInputs(lines: PlanLine[], prices: Map<string, number>) {
  return lines.map((l) => ({
    productId: l.productId,
    description: "",
    quantity: formatQuantity(l.quantity),
    unitPrice: formatMoney(prices.get(l.productId) ?? 0, "CNY"),
    discount: l.discountBp ? String(l.discountBp / 100) : "",
    vatRate: "",
  }));
}

/** Sends the current revision, asking the manager first when its discount is above the rep's limit. */
async function send(q: { id: string; ownerId: string }, actors: HistoryActors, state: HistoryState, day: string) {
  const owner = actors.owner(q.ownerId);
  try {
    await sendQuote({ actor: owner, id: q.id, now: at(day) });
  } catch (error) {
    if (keyOf(error) !== "quotes.approvalRequired") throw error;
    await requestQuoteApproval({ actor: owner, id: q.id });
    // The East manager decides for their team; the other branch's quotes go to the administrator.
    const approver = owner.teamId === "team-east" || owner.teamId === "team-shanghai" ? actors.manager : actors.admin;
    await decideQuoteApproval({ actor: approver, input: { id: q.id, decision: "approve", comment: "同意，老客户" } });
    state.approvals += 1;
    await sendQuote({ actor: owner, id: q.id, now: at(day) });
  }
}

/** Finance releases the order's credit hold with a reason (audited), as the credit-holds page does. */
async function release(orderId: string, actors: HistoryActors, state: HistoryState, day: string) {
  await releaseCreditHold({ actor: actors.finance, id: orderId, reason: "客户承诺按期付款，财务批准放行", today: day });
  state.holdsReleased += 1;
}

export async function runEvent(e: HistoryEvent, actors: HistoryActors, state: HistoryState, prices: Map<string, number>): Promise<void> {
  switch (e.type) {
    case "quote": {
      const owner = actors.owner(e.ownerId);
      const input = { accountId: e.accountId, opportunityId: null, contactId: null, title: "", currencyCode: "CNY", priceListId: null, validUntil: addDays(e.day, e.validDays), paymentTermsDays: 30, notes: "", terms: "", lines: lineInputs(e.lines, prices) };
      const { id } = await createQuote({ actor: owner, input, now: at(e.day) });
      state.quotes.set(e.quote, { id, revision: 1, accountId: e.accountId, ownerId: e.ownerId, lines: e.lines });
      return;
    }
    case "revise": {
      // R1 goes out, the customer asks for one more unit: editing the sent quote makes R2.
      const q = state.quotes.get(e.quote)!;
      await send(q, actors, state, e.day);
      const header = { contactId: null, title: "", currencyCode: "CNY", priceListId: null, validUntil: addDays(e.day, 30), paymentTermsDays: 30, notes: "客户要求增加数量", terms: "" };
      const { revision } = await updateQuote({ actor: actors.owner(q.ownerId), input: { id: q.id, ...header, lines: lineInputs(e.lines, prices) }, now: at(e.day) });
      Object.assign(q, { revision, lines: e.lines });
      return;
    }
    case "send":
      return send(state.quotes.get(e.quote)!, actors, state, e.day);
    case "reject": {
      const q = state.quotes.get(e.quote)!;
      await rejectQuote({ actor: actors.owner(q.ownerId), input: { id: q.id, reason: "价格高于预算" } });
      return;
    }
    case "accept": {
      const q = state.quotes.get(e.quote)!;
      const owner = actors.owner(q.ownerId);
      const { orderId } = await acceptQuote({ actor: owner, input: { id: q.id, revision: q.revision }, now: at(e.day) });
      q.orderId = orderId;
      const confirmed = await confirmOrder({ actor: owner, id: orderId, today: e.day });
      if (confirmed.credit === "hold") await release(orderId, actors, state, e.day);
      return;
    }
    case "deliver": {
      const q = state.quotes.get(e.quote)!;
      const orderLines = await db.salesOrderLine.findMany({ where: { orderId: q.orderId! }, orderBy: { position: "asc" }, select: { id: true, quantity: true } });
      const lines = orderLines.map((l) => ({ orderLineId: l.id, quantity: partQuantity(l.quantity, e.part) })).filter((l) => l.quantity > 0);
      const input = { accountId: q.accountId, warehouseId: state.warehouseId, deliveryDate: e.day, shippingAddress: "", carrier: "顺丰速运", trackingNumber: `SF${String(e.delivery).padStart(10, "0")}`, notes: "", lines };
      const { id } = await createDelivery({ actor: actors.warehouse, input });
      try {
        await postDelivery({ actor: actors.warehouse, id, today: e.day });
      } catch (error) {
        // The delivery gate held the order (exposure grew since the release): release, post again.
        if (!keyOf(error).startsWith("credit.")) throw error;
        const order = await db.salesOrder.findUniqueOrThrow({ where: { id: q.orderId! }, select: { creditHold: true } });
        if (!order.creditHold) throw error;
        await release(q.orderId!, actors, state, e.day);
        await postDelivery({ actor: actors.warehouse, id, today: e.day });
      }
      const dl = await db.deliveryLine.findMany({ where: { deliveryId: id }, orderBy: { position: "asc" }, select: { id: true } });
      state.deliveries.set(e.delivery, { id, lineIds: dl.map((l) => l.id) });
      return;
    }
    case "invoice": {
      const q = state.quotes.get(e.quote)!;
      const d = state.deliveries.get(e.delivery)!;
      const lines = await db.deliveryLine.findMany({ where: { deliveryId: d.id }, select: { id: true, quantity: true } });
      const { id } = await createInvoice({ actor: actors.finance, input: { accountId: q.accountId, issueDate: e.day, deliveryLines: lines.map((l) => ({ id: l.id, quantity: l.quantity })) } });
      await issueInvoice({ actor: actors.finance, invoiceId: id, today: e.day });
      state.invoices.set(e.invoice, { id, accountId: q.accountId });
      return;
    }
    case "pay": {
      const inv = state.invoices.get(e.invoice);
      if (!inv) return;
      const row = await db.invoice.findUniqueOrThrow({ where: { id: inv.id }, select: { total: true, allocations: { select: { amount: true } } } });
      const open = toMinor(row.total) - row.allocations.reduce((s, a) => s + toMinor(a.amount), 0);
      const amount = e.share === "half" ? Math.floor(open / 2) : open;
      if (amount <= 0) return;
      await recordPayment({
        actor: actors.finance,
        idempotencyKey: `demo-history-pay-${e.invoice}-${e.share}`,
        input: {
          kind: "RECEIPT",
          accountId: inv.accountId,
          orderId: null,
          amount: formatMoney(amount, "CNY"),
          currencyCode: "CNY",
          method: e.share === "half" ? "bank_transfer" : "wechat_pay",
          paymentDate: e.day,
          reference: `BANK-${e.invoice}-${e.share}`,
          notes: "",
          allocations: [{ invoiceId: inv.id, amount: formatMoney(amount, "CNY") }],
        },
      });
      return;
    }
    case "return": {
      const d = state.deliveries.get(e.delivery)!;
      const [first] = await db.deliveryLine.findMany({ where: { deliveryId: d.id }, orderBy: { position: "asc" }, take: 1, select: { id: true, quantity: true, returnedQty: true } });
      if (!first || first.quantity - first.returnedQty < 1000) return;
      const input = { deliveryId: d.id, returnDate: e.day, reason: "包装破损", notes: "", lines: [{ deliveryLineId: first.id, quantity: 1000, disposition: "restock" as const }] };
      const { id } = await createReturn({ actor: actors.warehouse, input });
      await postReturn({ actor: actors.warehouse, id });
      return;
    }
  }
}
