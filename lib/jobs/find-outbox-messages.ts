import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { pageWindow } from "@/lib/table/params";
import { outboxWhere, type OutboxParams } from "./outbox-table";

export type OutboxRow = {
  id: string;
  kind: string;
  event: string;
  status: string;
  attempts: number;
  nextAttemptAt: string;
  lastError: string;
  responseCode: number | null;
  dedupeKey: string | null;
  createdAt: string;
  sentAt: string | null;
};

/** One page of outbox messages for the admin (payloads stay out: they hold email bodies). */
export async function findOutboxMessages({ actor, params }: { actor: Actor; params: OutboxParams }) {
  assertCan(actor, "settings.company.manage");
  const where = outboxWhere(params);
  const total = await db.outboxMessage.count({ where });
  const { page, skip, take } = pageWindow(params, total);
  const rows = await db.outboxMessage.findMany({
    where,
    orderBy: [{ [params.sort]: params.dir }, { id: params.dir }],
    skip,
    take,
    select: { id: true, kind: true, event: true, status: true, attempts: true, nextAttemptAt: true, lastError: true, responseCode: true, dedupeKey: true, createdAt: true, sentAt: true },
  });
  return {
    rows: rows.map((r): OutboxRow => ({ ...r, nextAttemptAt: r.nextAttemptAt.toISOString(), createdAt: r.createdAt.toISOString(), sentAt: r.sentAt?.toISOString() ?? null })),
    total,
    page,
  };
}

/** Job kinds present in the outbox, for the filter. */
export async function findOutboxKinds({ actor }: { actor: Actor }): Promise<string[]> {
  assertCan(actor, "settings.company.manage");
  const rows = await db.outboxMessage.findMany({ distinct: ["kind"], select: { kind: true }, orderBy: { kind: "asc" } });
  return rows.map((r) => r.kind);
}
