import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { db, dbKind } from "@/lib/db/client";
import { transact } from "@/lib/db/transact";
import { incrementCounter } from "@/lib/testing/counter";

const run = promisify(execFile);

describe(`isolation on ${dbKind}`, () => {
  it("a plain statement neither sees nor joins another request's open transaction", async () => {
    const team = await db.team.create({ data: { name: "before" } });
    const failing = transact(
      async (tx) => {
        await tx.team.update({ where: { id: team.id }, data: { name: "uncommitted" } });
        await new Promise((r) => setTimeout(r, 200));
        throw new Error("rolled back on purpose");
      },
      { maxAttempts: 1 },
    ).catch((e: Error) => e.message);
    await new Promise((r) => setTimeout(r, 30)); // the transaction is open now
    const seen = await db.team.findUniqueOrThrow({ where: { id: team.id }, select: { name: true } });
    const other = await db.team.create({ data: { name: "written beside it" } });
    expect(await failing).toBe("rolled back on purpose");
    expect(seen.name).toBe("before");
    expect((await db.team.findUniqueOrThrow({ where: { id: team.id } })).name).toBe("before");
    // The plain write committed on its own: the rollback did not take it along.
    expect(await db.team.count({ where: { id: other.id } })).toBe(1);
  });

  it("two app processes incrementing one row lose no update", async () => {
    const team = await db.team.create({ data: { name: "0" } });
    const times = 15;
    const child = run("npx", ["tsx", "--conditions=react-server", "lib/testing/counter-worker.ts", team.id, String(times)], {
      env: { ...process.env },
      timeout: 60_000,
    });
    await Promise.all(Array.from({ length: times }, () => incrementCounter(team.id)));
    await child;
    const final = await db.team.findUniqueOrThrow({ where: { id: team.id }, select: { name: true } });
    expect(Number(final.name)).toBe(2 * times);
  }, 90_000);
});
