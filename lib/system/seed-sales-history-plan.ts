import { seededRandom } from "./seed-catalog-random";

// The demo's year of quote-to-cash history as a plan, pure and deterministic: the same inputs
// give the same events on every machine. The runner (seed-sales-history.ts) plays the events
// in day order through the real services. Every delivery is invoiced and every invoiced return
// credited, so the reconciliation report of the seeded data shows zero differences; payments
// leave some invoices partly paid and some overdue, so receivables and aging have something to show.

export type PlanAccount = { id: string; ownerId: string; paymentTermsDays: number };
export type PlanProduct = { id: string; listPrice: number };

export type PlanLine = { productId: string; quantity: number; discountBp: number };

export type HistoryEvent =
  | { type: "quote"; day: string; quote: number; accountId: string; ownerId: string; lines: PlanLine[]; validDays: number }
  | { type: "revise"; day: string; quote: number; lines: PlanLine[] }
  | { type: "send"; day: string; quote: number }
  | { type: "reject"; day: string; quote: number }
  | { type: "accept"; day: string; quote: number }
  | { type: "deliver"; day: string; quote: number; delivery: number; part: "half" | "rest" | "all" }
  | { type: "invoice"; day: string; quote: number; delivery: number; invoice: number }
  | { type: "pay"; day: string; invoice: number; share: "full" | "half" | "rest" }
  | { type: "return"; day: string; quote: number; delivery: number; invoice: number };

export type HistoryPlan = { events: HistoryEvent[]; quotes: number; orders: number; deliveries: number; invoices: number; payments: number; returns: number; units: Map<string, number> };

export type HistoryOptions = { quotes: number; days: number; seed?: number };

/** The full year: about 2,000 quotes and 1,500 orders (≈ 3.5 CPU minutes on SQLite). */
export const FULL_HISTORY: HistoryOptions = { quotes: 2000, days: 365 };
/** What `npm start` seeds by default: the same year, thinner, so the first start stays near a minute. */
export const DEFAULT_HISTORY: HistoryOptions = { quotes: 800, days: 365 };

/** CARRACK_DEMO_HISTORY: unset or empty = the default size, "0" = none, a whole number = that many quotes. */
export function demoHistoryQuotes(setting: string | undefined): number {
  const text = (setting ?? "").trim();
  if (text === "") return DEFAULT_HISTORY.quotes;
  return /^\d{1,5}$/.test(text) ? Number(text) : DEFAULT_HISTORY.quotes;
}

const DAY = 86_400_000;
const addDays = (day: string, n: number) => new Date(Date.parse(`${day}T00:00:00Z`) + n * DAY).toISOString().slice(0, 10);

/** Quantity kept in a delivery part: half rounds down to whole units, the rest is what is left. */
export function partQuantity(quantity: number, part: "half" | "rest" | "all"): number {
  const half = Math.floor(quantity / 2000) * 1000;
  return part === "all" ? quantity : part === "half" ? half : quantity - half;
}

/**
 * Plans `quotes` quotes over the `days` days before `today` (today excluded, so "today" stays
 * free for the person trying the demo). About three in four are accepted into orders.
 */
export function planHistory(today: string, accounts: PlanAccount[], products: PlanProduct[], options: HistoryOptions): HistoryPlan {
  const random = seededRandom(options.seed ?? 20261201);
  const events: HistoryEvent[] = [];
  const units = new Map<string, number>();
  const counts = { orders: 0, deliveries: 0, invoices: 0, payments: 0, returns: 0 };
  if (accounts.length === 0 || products.length === 0) return { events, quotes: 0, ...counts, units };
  const last = addDays(today, -1);
  const until = (day: string) => (day > last ? last : day);

  for (let q = 1; q <= options.quotes; q++) {
    // Spread evenly over the period, oldest first, a little jitter.
    const offset = Math.max(1, options.days - Math.floor(((q - 1) * options.days) / options.quotes) - random.int(0, 2));
    const day = addDays(today, -offset);
    const account = random.pick(accounts);
    const picked = random.shuffle(products).slice(0, random.int(1, 4));
    // Mostly no discount, sometimes a little; one quote in twenty has a line a manager must approve.
    const lines = picked.map((p) => ({ productId: p.id, quantity: random.int(1, 12) * 1000, discountBp: random.pick([0, 0, 0, 300, 500, 800]) }));
    if (random.chance(0.05)) lines[0] = { ...lines[0], discountBp: 1500 };
    events.push({ type: "quote", day, quote: q, accountId: account.id, ownerId: account.ownerId, lines, validDays: 30 });
    if (random.chance(0.1)) {
      // A revision after the customer's feedback: one more unit on the first line.
      events.push({ type: "revise", day, quote: q, lines: lines.map((l, i) => (i === 0 ? { ...l, quantity: l.quantity + 1000 } : l)) });
      lines[0] = { ...lines[0], quantity: lines[0].quantity + 1000 };
    }
    const roll = random.next();
    const decided = until(addDays(day, random.int(1, 6)));
    if (offset <= 2 || roll >= 0.97) continue; // recent or forgotten: stays a draft
    events.push({ type: "send", day, quote: q });
    if (roll >= 0.9) continue; // sent: expires or waits for an answer
    if (roll >= 0.75) {
      events.push({ type: "reject", day: decided, quote: q });
      continue;
    }
    events.push({ type: "accept", day: decided, quote: q });
    counts.orders += 1;
    for (const l of lines) units.set(l.productId, (units.get(l.productId) ?? 0) + l.quantity);

    // Deliveries: one in four goes out in two parts; orders of the last days are not shipped yet.
    const partial = random.chance(0.25) && lines.every((l) => partQuantity(l.quantity, "half") > 0);
    const parts: ("half" | "rest" | "all")[] = partial ? ["half", "rest"] : ["all"];
    let shipDay = addDays(decided, random.int(1, 5));
    for (const part of parts) {
      if (shipDay > last) break;
      const delivery = ++counts.deliveries;
      events.push({ type: "deliver", day: shipDay, quote: q, delivery, part });
      // Invoiced within three days of shipping, never later than yesterday.
      const invoiceDay = until(addDays(shipDay, random.int(0, 3)));
      const invoice = ++counts.invoices;
      events.push({ type: "invoice", day: invoiceDay, quote: q, delivery, invoice });
      const due = addDays(invoiceDay, account.paymentTermsDays);
      const payRoll = random.next();
      if (payRoll < 0.72) {
        const paidOn = addDays(due, random.int(-20, 10));
        if (paidOn <= last) {
          events.push({ type: "pay", day: paidOn < invoiceDay ? invoiceDay : paidOn, invoice, share: "full" });
          counts.payments += 1;
        }
      } else if (payRoll < 0.87) {
        // Half now, the rest much later or never: partly paid and, once due, overdue.
        const first = until(addDays(invoiceDay, random.int(0, 15)));
        events.push({ type: "pay", day: first, invoice, share: "half" });
        counts.payments += 1;
        const second = addDays(due, random.int(10, 60));
        if (random.chance(0.5) && second <= last) {
          events.push({ type: "pay", day: second, invoice, share: "rest" });
          counts.payments += 1;
        }
      } // else unpaid: overdue once past its due date
      if (random.chance(0.05)) {
        const back = addDays(invoiceDay, random.int(2, 20));
        if (back <= last) {
          events.push({ type: "return", day: back, quote: q, delivery, invoice });
          counts.returns += 1;
        }
      }
      shipDay = addDays(shipDay, random.int(5, 20));
    }
  }
  // Day order; within a day the order the events were planned in (a stable sort).
  events.sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0));
  return { events, quotes: options.quotes, ...counts, units };
}
