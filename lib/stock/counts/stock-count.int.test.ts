import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db, dbKind } from "@/lib/db/client";
import { createActor, createCompany } from "@/lib/testing/factories";
import { createCategory, createStockProduct, createWarehouse, ledgerMismatches, type TestWarehouse } from "@/lib/testing/stock-factories";
import { SaveCountInput } from "@/lib/validation/stock";
import { issueStock } from "../issue-stock";
import { postReceipt } from "../post-receipt";
import { cancelStockCount } from "./cancel-stock-count";
import { findStockCount } from "./find-stock-count";
import { postStockCount } from "./post-stock-count";
import { refreshStockCount } from "./refresh-stock-count";
import { saveStockCount } from "./save-stock-count";
import { startStockCount } from "./start-stock-count";

let actor: Actor;

beforeAll(async () => {
  await createCompany();
  actor = await createActor("warehouse");
});

const receive = (warehouseId: string, productId: string, quantity: number, unitCost = 100) => postReceipt({ actor, input: { warehouseId, lines: [{ productId, quantity, unitCost }] } });
const save = (id: string, counted: Record<string, string>) =>
  saveStockCount({ actor, input: SaveCountInput.parse({ id, ...Object.fromEntries(Object.entries(counted).map(([k, v]) => [`counted.${k}`, v])) }) });
const onHand = async (productId: string, warehouseId: string) =>
  (await db.stockLevel.findUnique({ where: { productId_warehouseId: { productId, warehouseId } }, select: { onHand: true } }))?.onHand ?? 0;

/** A warehouse of its own with three products in one category: 10, 5 and 0 units on hand. */
async function setup(): Promise<{ wh: TestWarehouse; a: string; b: string; c: string; category: string }> {
  const wh = await createWarehouse();
  const category = (await createCategory()).id;
  const [a, b, c] = await Promise.all([createStockProduct({ categoryId: category }), createStockProduct({ categoryId: category }), createStockProduct({ categoryId: category })]);
  await receive(wh.id, a.id, 10_000, 200);
  await receive(wh.id, b.id, 5_000, 300);
  return { wh, a: a.id, b: b.id, c: c.id, category };
}

describe(`stock counts on ${dbKind}`, () => {
  it("snapshots expected on-hand, saves progress, and posts only the differences as one adjustment", async () => {
    const { wh, a, b, c, category } = await setup();
    const started = await startStockCount({ actor, input: { warehouseId: wh.id, categoryId: category, note: "year end" } });
    expect(started.lines).toBe(3);
    const lines = await db.stockCountLine.findMany({ where: { countId: started.id }, select: { productId: true, expectedQty: true } });
    expect(Object.fromEntries(lines.map((l) => [l.productId, l.expectedQty]))).toEqual({ [a]: 10_000, [b]: 5_000, [c]: 0 });

    await save(started.id, { [a]: "8", [b]: "" }); // progress: b not counted yet
    await save(started.id, { [b]: "5", [c]: "1" });
    const review = await findStockCount({ actor, id: started.id });
    expect(review.differences).toHaveLength(2);
    expect(review.differences.map((l) => [l.productId, l.difference, l.valueImpact])).toEqual(
      expect.arrayContaining([
        [a, -2000, -400],
        [c, 1000, null], // nothing on hand yet: no average to value it at
      ]),
    );
    expect(review.uncounted).toBe(0);

    const result = await postStockCount({ actor, id: started.id });
    expect(result).toMatchObject({ status: "posted", lines: 2 });
    if (result.status !== "posted") throw new Error("unreachable");
    const op = await db.stockOperation.findUniqueOrThrow({ where: { id: result.operationId! }, select: { type: true, reason: true, number: true, moves: { select: { productId: true, quantity: true } } } });
    expect(op).toMatchObject({ type: "ADJUSTMENT", reason: "count" });
    expect(op.moves.map((m) => [m.productId, m.quantity]).sort()).toEqual(
      [
        [a, -2000],
        [c, 1000],
      ].sort(),
    );
    expect([await onHand(a, wh.id), await onHand(b, wh.id), await onHand(c, wh.id)]).toEqual([8000, 5000, 1000]);
    expect(await db.stockCount.findUniqueOrThrow({ where: { id: started.id }, select: { status: true, operationId: true } })).toEqual({ status: "posted", operationId: result.operationId });
    await expect(postStockCount({ actor, id: started.id })).rejects.toMatchObject({ key: "stock.countNotDraft" });
    // Once posted, the review shows what was booked (c came in at its fallback cost: 0 here).
    const after = await findStockCount({ actor, id: started.id });
    expect(after.differences.map((l) => [l.productId, l.valueImpact])).toEqual(expect.arrayContaining([[a, -400], [c, 0]]));
    expect(await ledgerMismatches()).toEqual([]);
  });

  it("refuses to post when on-hand moved since the snapshot, shows which lines, and posts after a refresh", async () => {
    const { wh, a, b } = await setup();
    const count = await startStockCount({ actor, input: { warehouseId: wh.id, categoryId: null, note: "" } });
    await save(count.id, { [a]: "9", [b]: "5" });
    await issueStock({ actor, input: { warehouseId: wh.id, lines: [{ productId: a, quantity: 1000 }] } });

    const moves = await db.stockMove.count();
    const stale = await postStockCount({ actor, id: count.id });
    expect(stale.status).toBe("stale");
    if (stale.status !== "stale") throw new Error("unreachable");
    expect(stale.lines).toEqual([expect.objectContaining({ productId: a, expected: 10_000, current: 9_000, counted: 9_000 })]);
    expect(await db.stockMove.count()).toBe(moves);

    expect(await refreshStockCount({ actor, id: count.id })).toEqual({ refreshed: 1 });
    const posted = await postStockCount({ actor, id: count.id });
    // 9 counted, 9 expected now: nothing differs, so no adjustment at all.
    expect(posted).toEqual({ status: "posted", operationId: null, number: null, lines: 0 });
  });

  it("one open count per warehouse; a cancelled one frees the warehouse", async () => {
    const { wh } = await setup();
    const results = await Promise.allSettled([0, 1, 2].map(() => startStockCount({ actor, input: { warehouseId: wh.id, categoryId: null, note: "" } })));
    const started = results.filter((r) => r.status === "fulfilled");
    expect(started).toHaveLength(1);
    for (const r of results) if (r.status === "rejected") expect(r.reason).toMatchObject({ key: "stock.countOpen" });
    const id = (started[0] as PromiseFulfilledResult<{ id: string }>).value.id;
    await cancelStockCount({ actor, id });
    await expect(save(id, {})).rejects.toMatchObject({ key: "stock.countNotDraft" });
    await expect(startStockCount({ actor, input: { warehouseId: wh.id, categoryId: null, note: "" } })).resolves.toMatchObject({ lines: expect.any(Number) });
  });

  it("counted quantities must be whole for whole-unit products; only managers count", async () => {
    const wh = await createWarehouse();
    const cat = (await createCategory()).id;
    const p = await createStockProduct({ categoryId: cat });
    const count = await startStockCount({ actor, input: { warehouseId: wh.id, categoryId: cat, note: "" } });
    await expect(save(count.id, { [p.id]: "1.5" })).rejects.toMatchObject({ field: `counted.${p.id}`, key: "stock.wholeUnits" });
    expect(() => SaveCountInput.parse({ id: count.id, [`counted.${p.id}`]: "-1" })).toThrow();
    const sales = await createActor("sales");
    await expect(startStockCount({ actor: sales, input: { warehouseId: wh.id, categoryId: null, note: "" } })).rejects.toMatchObject({ key: "notFound" });
  });
});
