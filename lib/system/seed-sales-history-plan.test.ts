import { describe, expect, it } from "vitest";
import { DEFAULT_HISTORY, demoHistoryQuotes, FULL_HISTORY, partQuantity, planHistory } from "./seed-sales-history-plan";

const accounts = Array.from({ length: 20 }, (_, i) => ({ id: `a${i}`, ownerId: i % 2 ? "u1" : "u2", paymentTermsDays: [0, 30, 45, 60][i % 4] }));
const products = Array.from({ length: 30 }, (_, i) => ({ id: `p${i}`, listPrice: 1000 + i }));

describe("planHistory", () => {
  const plan = planHistory("2026-11-30", accounts, products, FULL_HISTORY);

  it("is deterministic", () => {
    expect(planHistory("2026-11-30", accounts, products, FULL_HISTORY).events).toEqual(plan.events);
  });

  it("plans about 2,000 quotes and 1,500 orders over the year before today, in day order", () => {
    expect(plan.quotes).toBe(2000);
    expect(plan.orders).toBeGreaterThan(1350);
    expect(plan.orders).toBeLessThan(1600);
    expect(plan.deliveries).toBeGreaterThan(plan.orders);
    expect(plan.invoices).toBe(plan.deliveries);
    expect(plan.returns).toBeGreaterThan(20);
    const days = plan.events.map((e) => e.day);
    expect(days).toEqual([...days].sort());
    expect(days[0] >= "2025-11-30").toBe(true);
    expect(days[days.length - 1] < "2026-11-30").toBe(true);
  });

  it("orders each quote's events: accept after send, deliver after accept, invoice after deliver, pay and return after invoice", () => {
    const seen = new Set<string>();
    for (const e of plan.events) {
      if (e.type === "accept") expect(seen.has(`send:${e.quote}`)).toBe(true);
      if (e.type === "deliver") expect(seen.has(`accept:${e.quote}`)).toBe(true);
      if (e.type === "invoice") expect(seen.has(`deliver:${e.delivery}`)).toBe(true);
      if (e.type === "pay" || e.type === "return") expect(seen.has(`invoice:${e.invoice}`)).toBe(true);
      seen.add(`${e.type}:${e.type === "deliver" ? e.delivery : e.type === "invoice" || e.type === "pay" ? e.invoice : e.type === "return" ? e.delivery : e.quote}`);
    }
  });

  it("splits a delivery into whole-unit halves", () => {
    expect(partQuantity(5000, "half")).toBe(2000);
    expect(partQuantity(5000, "rest")).toBe(3000);
    expect(partQuantity(5000, "all")).toBe(5000);
  });

  it("plans nothing without accounts or products", () => {
    expect(planHistory("2026-11-30", [], products, FULL_HISTORY).events).toEqual([]);
  });
});

describe("demoHistoryQuotes", () => {
  it("reads CARRACK_DEMO_HISTORY: default, none, or a number of quotes", () => {
    expect(demoHistoryQuotes(undefined)).toBe(DEFAULT_HISTORY.quotes);
    expect(demoHistoryQuotes("")).toBe(DEFAULT_HISTORY.quotes);
    expect(demoHistoryQuotes("0")).toBe(0);
    expect(demoHistoryQuotes("2000")).toBe(2000);
    expect(demoHistoryQuotes("lots")).toBe(DEFAULT_HISTORY.quotes);
  });
});
