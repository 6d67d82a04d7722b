import { describe, expect, it } from "vitest";
import { db, dbKind } from "@/lib/db/client";
import { createCompany, createUser } from "@/lib/testing/factories";
import { lockRows, transact } from "./transact";

const conflict = () => Object.assign(new Error("Transaction failed due to a write conflict or a deadlock"), { code: "P2034" });

describe(`transact on ${dbKind}`, () => {
  it("commits the work and returns its result", async () => {
    const email = await transact(async (tx) => (await tx.user.create({ data: { email: "a@test.example", name: "A", passwordHash: "x", role: "sales" } })).email);
    expect(email).toBe("a@test.example");
    expect(await db.user.count({ where: { email } })).toBe(1);
  });

  it("rolls back every write when the work throws", async () => {
    const boom = new Error("boom");
    await expect(
      transact(async (tx) => {
        await tx.user.create({ data: { email: "rolled-back@test.example", name: "R", passwordHash: "x", role: "sales" } });
        await tx.team.create({ data: { name: "rolled back team" } });
        throw boom;
      }),
    ).rejects.toBe(boom);
    expect(await db.user.count({ where: { email: "rolled-back@test.example" } })).toBe(0);
    expect(await db.team.count({ where: { name: "rolled back team" } })).toBe(0);
  });

  it("retries a conflict, with the earlier attempts' writes undone", async () => {
    let attempts = 0;
    const result = await transact(async (tx) => {
      attempts += 1;
      await tx.team.create({ data: { name: `retry team ${attempts}` } });
      if (attempts < 3) throw conflict();
      return "done";
    });
    expect(result).toBe("done");
    expect(attempts).toBe(3);
    expect((await db.team.findMany({ where: { name: { startsWith: "retry team" } }, select: { name: true } })).map((t) => t.name)).toEqual(["retry team 3"]);
  });

  it("gives up after maxAttempts and never retries other errors", async () => {
    let attempts = 0;
    await expect(
      transact(
        async () => {
          attempts += 1;
          throw conflict();
        },
        { maxAttempts: 4 },
      ),
    ).rejects.toMatchObject({ code: "P2034" });
    expect(attempts).toBe(4);

    attempts = 0;
    await expect(
      transact(async () => {
        attempts += 1;
        throw new Error("a bug, not a conflict");
      }),
    ).rejects.toThrow("a bug");
    expect(attempts).toBe(1);
  });

  it("20 concurrent read-modify-write transactions on one counter row lose no update", async () => {
    await createCompany();
    await db.company.update({ where: { id: "company" }, data: { defaultVatRateBp: 0 } });
    const increment = () =>
      transact(async (tx) => {
        // The pattern services use for an invariant: lock the row, read it, write from what was read.
        await lockRows(tx, "Company", ["company"]);
        const { defaultVatRateBp } = await tx.company.findUniqueOrThrow({ where: { id: "company" }, select: { defaultVatRateBp: true } });
        await new Promise((r) => setTimeout(r, 2)); // widen the window a lost update would need
        await tx.company.update({ where: { id: "company" }, data: { defaultVatRateBp: defaultVatRateBp + 1 } });
      });
    await Promise.all(Array.from({ length: 20 }, increment));
    const { defaultVatRateBp } = await db.company.findUniqueOrThrow({ where: { id: "company" }, select: { defaultVatRateBp: true } });
    expect(defaultVatRateBp).toBe(20);
  });

  it.skipIf(dbKind !== "postgresql")("lockRows makes a second transaction wait for the first to commit (PostgreSQL)", async () => {
    const user = await createUser({ name: "before" });
    const events: string[] = [];
    let locked!: () => void;
    const firstHasLock = new Promise<void>((r) => (locked = r));

    const first = transact(async (tx) => {
      await lockRows(tx, "User", [user.id]);
      locked();
      await new Promise((r) => setTimeout(r, 300));
      await tx.user.update({ where: { id: user.id }, data: { name: "first" } });
      events.push("first done");
    });
    await firstHasLock;
    const second = transact(async (tx) => {
      await lockRows(tx, "User", [user.id]);
      events.push("second locked");
      // After the lock the second sees the first's committed write, never the old value.
      return (await tx.user.findUniqueOrThrow({ where: { id: user.id }, select: { name: true } })).name;
    });
    const [, seen] = await Promise.all([first, second]);
    expect(events).toEqual(["first done", "second locked"]);
    expect(seen).toBe("first");
  });

  it.skipIf(dbKind !== "postgresql")("a real deadlock is retried until both transactions commit (PostgreSQL)", async () => {
    const a = await createUser();
    const b = await createUser();
    let attempts = 0;
    // Both hold one lock, then ask for the other's: PostgreSQL aborts one (40P01), transact retries it.
    let arrived = 0;
    let release!: () => void;
    const bothLocked = new Promise<void>((r) => (release = r));
    const crossing = (first: string, second: string) =>
      transact(async (tx) => {
        attempts += 1;
        await lockRows(tx, "User", [first]);
        if (++arrived === 2) release();
        await bothLocked;
        await lockRows(tx, "User", [second]);
        await tx.user.update({ where: { id: first }, data: { name: `${first}-done` } });
      });
    await Promise.all([crossing(a.id, b.id), crossing(b.id, a.id)]);
    expect(attempts).toBe(3);
    expect((await db.user.findUniqueOrThrow({ where: { id: a.id } })).name).toBe(`${a.id}-done`);
    expect((await db.user.findUniqueOrThrow({ where: { id: b.id } })).name).toBe(`${b.id}-done`);
  });

  it.skipIf(dbKind !== "postgresql")("lockRows refuses a table name that is not a plain identifier", async () => {
    await expect(transact((tx) => lockRows(tx, 'User" ; DROP TABLE "User', ["x"]))).rejects.toThrow(/bad table name/);
  });
});
