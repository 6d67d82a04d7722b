import "server-only";
import type { Tx } from "@/lib/db/client";
import { requestId } from "@/lib/log";

export type AuditInput = {
  actor: { id: string; email: string } | null;
  action: string;
  entityType: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
};

/** Fields never written to the audit log, even as before/after values. */
const SECRET_FIELDS = new Set(["passwordHash", "password", "token", "secret", "keyHash"]);

function snapshot(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  return JSON.stringify(value, (key, v) => (SECRET_FIELDS.has(key) ? "[redacted]" : typeof v === "bigint" ? v.toString() : v));
}

/** Appends one audit entry inside the caller's transaction, so it exists exactly when the change does. */
export async function writeAudit(tx: Tx, entry: AuditInput): Promise<void> {
  await tx.auditEntry.create({
    data: {
      actorId: entry.actor?.id ?? null,
      actorEmail: entry.actor?.email ?? "",
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      before: snapshot(entry.before),
      after: snapshot(entry.after),
      requestId: (await requestId()) ?? null,
    },
  });
}

/** Only the keys whose values differ, for compact before/after entries on updates. */
export function changedFields<T extends Record<string, unknown>>(before: T, after: Partial<T>): { before: Partial<T>; after: Partial<T> } {
  const b: Partial<T> = {};
  const a: Partial<T> = {};
  for (const key of Object.keys(after) as (keyof T)[]) {
    if (after[key] === undefined) continue;
    const old = before[key] instanceof Date ? (before[key] as Date).toISOString() : before[key];
    const next = after[key] instanceof Date ? (after[key] as Date).toISOString() : after[key];
    if (old !== next) {
      b[key] = before[key];
      a[key] = after[key];
    }
  }
  return { before: b, after: a };
}
