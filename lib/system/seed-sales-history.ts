import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { isRole } from "@/lib/auth/roles";
import { db } from "@/lib/db/client";
import { transact } from "@/lib/db/transact";
import { isLocale } from "@/lib/i18n/locales";
import { companyDay } from "@/lib/pricing/company-day";
import { postReceiptInTx } from "@/lib/stock/post-receipt";
import { DEFAULT_HISTORY, type HistoryOptions, planHistory } from "./seed-sales-history-plan";
import { type HistoryActors, type HistoryState, runEvent } from "./seed-sales-history-steps";

// The demo's year of quote-to-cash history ("Done means" of issue 5): quotes, revisions,
// discount approvals, orders, credit holds released, partial deliveries, invoices, payments
// (some partial, some overdue) and returns with credit notes — all through the real services,
// so every ledger, number sequence, audit entry and sales fact is what real use would give.
// Written once: does nothing when any quote exists or the demo accounts are missing.

export type SalesHistoryReport = { quotes: number; orders: number; deliveries: number; invoices: number; payments: number; returns: number; holdsReleased: number; approvals: number; seconds: number; secondsByStep: Record<string, number> };

const PRODUCTS = 60;
const DEMO_ROLES = ["demo-admin", "demo-sales", "demo-sales2", "demo-manager", "demo-warehouse", "demo-finance"];

async function demoActors(): Promise<Map<string, Actor>> {
  const users = await db.user.findMany({ where: { id: { in: DEMO_ROLES }, active: true }, select: { id: true, email: true, name: true, role: true, teamId: true, locale: true } });
  const out = new Map<string, Actor>();
  for (const u of users) if (isRole(u.role)) out.set(u.id, { ...u, role: u.role, locale: isLocale(u.locale) ? u.locale : "zh-CN" });
  return out;
}

/** Sellable stock products of the demo catalog on the default price list, the same ones every run. */
async function demoProducts(): Promise<{ id: string; listPrice: number; standardCost: number }[]> {
  const list = await db.priceList.findFirst({ where: { isDefault: true }, select: { id: true } });
  if (!list) return [];
  const items = await db.priceListItem.findMany({
    where: { priceListId: list.id, minQty: 0, unitPrice: { gt: 0 }, product: { status: "active", stockTracked: true, configurable: false, uomDecimals: false, kind: { in: ["simple", "variant"] } } },
    orderBy: { product: { sku: "asc" } },
    take: PRODUCTS,
    select: { unitPrice: true, product: { select: { id: true, standardCost: true } } },
  });
  return items.map((i) => ({ id: i.product.id, listPrice: i.unitPrice, standardCost: i.product.standardCost }));
}

export async function seedDemoSalesHistory(options: HistoryOptions = DEFAULT_HISTORY, now: Date = new Date()): Promise<SalesHistoryReport | null> {
  if ((await db.quote.count()) > 0) return null;
  const started = performance.now();
  const actors = await demoActors();
  const [admin, manager, warehouse, finance] = ["demo-admin", "demo-manager", "demo-warehouse", "demo-finance"].map((id) => actors.get(id));
  if (!admin || !manager || !warehouse || !finance) return null;
  const accounts = await db.account.findMany({
    where: { id: { startsWith: "demo-account-" }, type: "customer", status: "active", ownerId: { in: ["demo-sales", "demo-sales2", "demo-manager"] } },
    orderBy: { id: "asc" },
    select: { id: true, ownerId: true, paymentTermsDays: true },
  });
  const products = await demoProducts();
  const main = await db.warehouse.findFirst({ where: { isDefault: true, active: true }, select: { id: true } });
  if (accounts.length === 0 || products.length === 0 || !main) return null;

  const today = companyDay(now);
  const plan = planHistory(today, accounts, products, options);
  // Goods first: one receipt with room to spare, so no delivery waits for stock. The stock
  // ledger is in posting order (the catalog's history is already there), so it is posted now.
  await transact(
    (tx) =>
      postReceiptInTx(tx, {
        actor: warehouse,
        input: {
          warehouseId: main.id,
          supplierRef: "DEMO-HISTORY",
          note: "年度备货",
          lines: products.filter((p) => plan.units.has(p.id)).map((p) => ({ productId: p.id, quantity: plan.units.get(p.id)! + 20_000, unitCost: p.standardCost || Math.round(p.listPrice * 0.6) })),
        },
      }),
    { timeoutMs: 120_000, maxAttempts: 1 },
  );

  const history: HistoryActors = {
    owner: (id) => actors.get(id) ?? manager,
    manager,
    admin,
    warehouse,
    finance,
  };
  const state: HistoryState = { quotes: new Map(), deliveries: new Map(), invoices: new Map(), warehouseId: main.id, holdsReleased: 0, approvals: 0 };
  const prices = new Map(products.map((p) => [p.id, p.listPrice]));
  // Time per kind of step, so a slow service shows up in the start log.
  const timings: Record<string, number> = {};
  for (const event of plan.events) {
    const t0 = performance.now();
    await runEvent(event, history, state, prices);
    timings[event.type] = (timings[event.type] ?? 0) + performance.now() - t0;
  }

  return {
    quotes: plan.quotes,
    orders: plan.orders,
    deliveries: plan.deliveries,
    invoices: plan.invoices,
    payments: plan.payments,
    returns: plan.returns,
    holdsReleased: state.holdsReleased,
    approvals: state.approvals,
    seconds: Math.round((performance.now() - started) / 100) / 10,
    secondsByStep: Object.fromEntries(Object.entries(timings).map(([k, ms]) => [k, Math.round(ms / 100) / 10])),
  };
}
