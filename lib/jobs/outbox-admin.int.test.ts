import { describe, expect, it } from "vitest";
import { db, dbKind } from "@/lib/db/client";
import { transact } from "@/lib/db/transact";
import { AccessDeniedError, AppError, NotFoundError } from "@/lib/errors";
import { parseTableParams } from "@/lib/table/params";
import { actorFor, createUser } from "@/lib/testing/factories";
import { enqueue } from "./enqueue";
import { findOutboxKinds, findOutboxMessages } from "./find-outbox-messages";
import { OUTBOX_TABLE } from "./outbox-table";
import { retryOutboxMessage } from "./retry-outbox-message";

describe(`outbox admin on ${dbKind}`, () => {
  it("lists and filters messages, and retries a dead one once, with an audit entry", async () => {
    const admin = actorFor(await createUser({ role: "admin" }));
    const rep = actorFor(await createUser({ role: "sales" }));
    const [dead, pending] = await transact(async (tx) => [
      await enqueue(tx, { kind: "webhook", payload: {}, event: "product.updated" }),
      await enqueue(tx, { kind: "email", payload: {} }),
    ]);
    await db.outboxMessage.update({ where: { id: dead.id }, data: { status: "dead", attempts: 12, lastError: "connect ECONNREFUSED" } });

    const all = await findOutboxMessages({ actor: admin, params: parseTableParams(OUTBOX_TABLE, {}) });
    expect(all.total).toBe(2);
    expect(await findOutboxKinds({ actor: admin })).toEqual(["email", "webhook"]);
    const deadOnly = await findOutboxMessages({ actor: admin, params: parseTableParams(OUTBOX_TABLE, { status: "dead" }) });
    expect(deadOnly.rows.map((r) => r.id)).toEqual([dead.id]);
    expect(deadOnly.rows[0]).not.toHaveProperty("payload");
    expect((await findOutboxMessages({ actor: admin, params: parseTableParams(OUTBOX_TABLE, { q: "ECONNREFUSED" }) })).total).toBe(1);

    await expect(findOutboxMessages({ actor: rep, params: parseTableParams(OUTBOX_TABLE, {}) })).rejects.toBeInstanceOf(AccessDeniedError);
    await expect(retryOutboxMessage({ actor: rep, input: { id: dead.id } })).rejects.toBeInstanceOf(AccessDeniedError);
    await expect(retryOutboxMessage({ actor: admin, input: { id: "nope" } })).rejects.toBeInstanceOf(NotFoundError);
    await expect(retryOutboxMessage({ actor: admin, input: { id: pending.id } })).rejects.toMatchObject({ key: "outbox.notDead" });

    const results = await Promise.allSettled([retryOutboxMessage({ actor: admin, input: { id: dead.id } }), retryOutboxMessage({ actor: admin, input: { id: dead.id } })]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(results.find((r) => r.status === "rejected")).toMatchObject({ reason: expect.any(AppError) });
    const row = await db.outboxMessage.findUniqueOrThrow({ where: { id: dead.id } });
    expect(row).toMatchObject({ status: "pending", attempts: 0, lockedUntil: null });
    expect(row.nextAttemptAt.getTime()).toBeLessThanOrEqual(Date.now());
    const audit = await db.auditEntry.findMany({ where: { entityType: "OutboxMessage", entityId: dead.id } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: "retry", actorId: admin.id });
  });
});
