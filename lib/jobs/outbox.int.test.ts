import { beforeEach, describe, expect, it } from "vitest";
import { db, dbKind } from "@/lib/db/client";
import { transact } from "@/lib/db/transact";
import { MAX_ATTEMPTS } from "./backoff";
import { claimJobs } from "./claim-jobs";
import { enqueue } from "./enqueue";
import { JobError, type JobHandler } from "./job-handler";
import { runJobs } from "./run-jobs";

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const only = (kind: string, handler: JobHandler) => (k: string) => (k === kind ? handler : undefined);

describe(`outbox on ${dbKind}`, () => {
  // Each test drains the whole table, so it starts from an empty one.
  beforeEach(async () => {
    await db.outboxMessage.deleteMany({});
  });

  it("enqueues in the caller's transaction: a rollback takes the job back", async () => {
    await expect(
      transact(async (tx) => {
        await enqueue(tx, { kind: "rollback-test", payload: { n: 1 } });
        throw new Error("business rule failed");
      }),
    ).rejects.toThrow("business rule failed");
    expect(await db.outboxMessage.count({ where: { kind: "rollback-test" } })).toBe(0);

    const { id, created } = await transact((tx) => enqueue(tx, { kind: "rollback-test", payload: { n: 2 }, event: "x.y" }));
    expect(created).toBe(true);
    const row = await db.outboxMessage.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ status: "pending", attempts: 0, event: "x.y", payload: '{"n":2}' });
  });

  it("a dedupe key makes the second enqueue a no-op, and the caller's transaction goes on", async () => {
    const first = await transact((tx) => enqueue(tx, { kind: "dedupe", payload: 1, dedupeKey: "once:1" }));
    const second = await transact(async (tx) => {
      const again = await enqueue(tx, { kind: "dedupe", payload: 2, dedupeKey: "once:1" });
      await tx.team.create({ data: { name: "written after a dedupe" } });
      return again;
    });
    expect(second).toEqual({ id: first.id, created: false });
    expect(await db.outboxMessage.count({ where: { dedupeKey: "once:1" } })).toBe(1);
    expect(await db.team.count({ where: { name: "written after a dedupe" } })).toBe(1);
  });

  it("10 concurrent transactions enqueueing one key: one job, every transaction commits", async () => {
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        transact(async (tx) => {
          const r = await enqueue(tx, { kind: "dedupe-race", payload: i, dedupeKey: "race:1" });
          await sleep(5); // hold the transaction open so the others overlap
          await tx.team.create({ data: { name: `race team ${i}` } });
          return r;
        }),
      ),
    );
    expect(results.filter((r) => r.created)).toHaveLength(1);
    expect(new Set(results.map((r) => r.id)).size).toBe(1);
    expect(await db.outboxMessage.count({ where: { dedupeKey: "race:1" } })).toBe(1);
    expect(await db.team.count({ where: { name: { startsWith: "race team" } } })).toBe(10);
  });

  it("claims only due, unlocked, pending jobs", async () => {
    const now = new Date();
    const [due, later, sent, leased, expired] = await transact(async (tx) => [
      await enqueue(tx, { kind: "claim", payload: "due" }),
      await enqueue(tx, { kind: "claim", payload: "later", runAt: new Date(now.getTime() + 60_000) }),
      await enqueue(tx, { kind: "claim", payload: "sent" }),
      await enqueue(tx, { kind: "claim", payload: "leased" }),
      await enqueue(tx, { kind: "claim", payload: "expired lease" }),
    ]);
    await db.outboxMessage.update({ where: { id: sent.id }, data: { status: "sent" } });
    await db.outboxMessage.update({ where: { id: leased.id }, data: { lockedUntil: new Date(now.getTime() + 60_000) } });
    await db.outboxMessage.update({ where: { id: expired.id }, data: { lockedUntil: new Date(now.getTime() - 1_000) } });
    const claimed = await claimJobs({ now: new Date(now.getTime() + 1_000), limit: 50 });
    expect(claimed.map((j) => j.id).sort()).toEqual([due.id, expired.id].sort());
    expect(later.id).toBeTruthy();
    // Claimed rows are leased: a second claim right after gets nothing.
    expect(await claimJobs({ now: new Date(now.getTime() + 1_000), limit: 50 })).toEqual([]);
  });

  it("four concurrent drains run each of 60 jobs exactly once", async () => {
    await transact(async (tx) => {
      for (let i = 0; i < 60; i++) await enqueue(tx, { kind: "count", payload: { i } });
    });
    const runs = new Map<number, number>();
    const handler: JobHandler = async (payload) => {
      const { i } = payload as { i: number };
      runs.set(i, (runs.get(i) ?? 0) + 1);
      await sleep(2);
    };
    const drain = async () => {
      let total = 0;
      for (;;) {
        const { claimed } = await runJobs({ limit: 7, handlerFor: only("count", handler) });
        if (claimed === 0) return total;
        total += claimed;
      }
    };
    const totals = await Promise.all([drain(), drain(), drain(), drain()]);
    expect(totals.reduce((a, b) => a + b, 0)).toBe(60);
    expect(runs.size).toBe(60);
    expect([...runs.values()].every((n) => n === 1)).toBe(true);
    expect(await db.outboxMessage.count({ where: { kind: "count", status: "sent", attempts: 1, lockedUntil: null } })).toBe(60);
  });

  it("a failure is retried later with backoff; a JobError's response code is logged", async () => {
    const { id } = await transact((tx) => enqueue(tx, { kind: "flaky", payload: {} }));
    const start = new Date();
    const summary = await runJobs({
      handlerFor: only("flaky", async () => {
        throw new JobError("receiver said 503", { responseCode: 503 });
      }),
      clock: () => start,
    });
    expect(summary).toEqual({ claimed: 1, sent: 0, retried: 1, dead: 0 });
    const row = await db.outboxMessage.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ status: "pending", attempts: 1, lastError: "receiver said 503", responseCode: 503, lockedUntil: null });
    const delay = row.nextAttemptAt.getTime() - start.getTime();
    expect(delay).toBeGreaterThanOrEqual(24_000);
    expect(delay).toBeLessThanOrEqual(36_000);
    // Not due yet: nothing to claim now, but it runs once its time comes.
    expect((await runJobs({ handlerFor: only("flaky", async () => ({ responseCode: 200 })), clock: () => start })).claimed).toBe(0);
    const later = new Date(row.nextAttemptAt.getTime() + 1);
    expect(await runJobs({ handlerFor: only("flaky", async () => ({ responseCode: 200 })), clock: () => later })).toMatchObject({ sent: 1 });
    expect(await db.outboxMessage.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "sent", attempts: 2, responseCode: 200, lastError: "", sentAt: later });
  });

  it("gives up after the last attempt, and at once on a permanent error or an unknown kind", async () => {
    const [tired, permanent, unknown] = await transact(async (tx) => [
      await enqueue(tx, { kind: "doomed", payload: {} }),
      await enqueue(tx, { kind: "permanent", payload: {} }),
      await enqueue(tx, { kind: "no-such-kind", payload: {} }),
    ]);
    await db.outboxMessage.update({ where: { id: tired.id }, data: { attempts: MAX_ATTEMPTS - 1 } });
    const handlerFor = (kind: string): JobHandler | undefined =>
      kind === "doomed"
        ? async () => {
            throw new Error("still down");
          }
        : kind === "permanent"
          ? async () => {
              throw new JobError("bad payload", { permanent: true });
            }
          : undefined;
    await runJobs({ handlerFor });
    expect(await db.outboxMessage.findUniqueOrThrow({ where: { id: tired.id } })).toMatchObject({ status: "dead", attempts: MAX_ATTEMPTS, lastError: "still down" });
    expect(await db.outboxMessage.findUniqueOrThrow({ where: { id: permanent.id } })).toMatchObject({ status: "dead", attempts: 1 });
    expect(await db.outboxMessage.findUniqueOrThrow({ where: { id: unknown.id } })).toMatchObject({ status: "pending", attempts: 1, lastError: expect.stringContaining("no handler") });
  });
});
