import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db, dbKind } from "@/lib/db/client";
import { findReconciliation } from "@/lib/sales/reconciliation/find-reconciliation";
import { actorFor } from "@/lib/testing/factories";
import { seedDemoCatalog } from "./seed-catalog";
import { seedDemoCrm } from "./seed-crm";
import { seedDemo } from "./seed-demo";
import { seedDemoSalesHistory, type SalesHistoryReport } from "./seed-sales-history";

// A smaller run of the same generator the demo uses (150 quotes over 120 days), through the real
// services, then the reconciliation report over the whole history: zero differences.

const now = new Date("2026-11-30T04:00:00Z");
let dataDir: string;
let report: SalesHistoryReport | null;

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(tmpdir(), "carrack-history-"));
  process.env.CARRACK_DATA_DIR = dataDir;
  expect(await seedDemo("demo password 123")).toBe(true);
  await seedDemoCatalog({ now });
  await seedDemoCrm();
  report = await seedDemoSalesHistory({ quotes: 150, days: 120 }, now);
  console.log(`sales history seed (150 quotes) on ${dbKind}:`, JSON.stringify(report));
}, 600_000);

afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe(`demo sales history on ${dbKind}`, () => {
  it("creates quotes, orders, deliveries, invoices, payments and returns through the services, once", async () => {
    expect(report).not.toBeNull();
    expect(await db.quote.count()).toBe(150);
    expect(await db.salesOrder.count({ where: { status: "confirmed" } })).toBe(report!.orders);
    expect(await db.delivery.count({ where: { status: "posted" } })).toBe(report!.deliveries);
    expect(await db.invoice.count({ where: { kind: "INVOICE", status: "issued" } })).toBe(report!.invoices);
    expect(await db.payment.count()).toBeGreaterThan(0);
    expect(await db.quoteRevision.count({ where: { revision: 2 } })).toBeGreaterThan(0);
    expect(await seedDemoSalesHistory({ quotes: 150, days: 120 }, now)).toBeNull();
  });

  it("reconciles to zero differences over the whole history", async () => {
    const finance = await db.user.findUniqueOrThrow({ where: { id: "demo-finance" } });
    const result = await findReconciliation({ actor: actorFor({ ...finance, role: "finance" }), period: { from: "2026-01-01", to: "2026-11-30" } });
    expect(result.differences).toEqual([]);
    expect(result.summary.counts.invoices).toBe(report!.invoices);
    expect(result.summary.ledger.gross).toBe(result.summary.invoices.gross);
    expect(result.summary.facts).toEqual(result.summary.invoices);
  });
});
