import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors";

function parseSnapshot(text: string | null): unknown {
  if (text === null) return null;
  try {
    return JSON.parse(text);
  } catch {
    return text; // written by hand or by an older version: show it as it is
  }
}

/** One audit entry with its before/after values parsed from their JSON text. */
export async function findAuditEntry({ actor, id }: { actor: Actor; id: string }) {
  assertCan(actor, "audit.read");
  const entry = await db.auditEntry.findUnique({
    where: { id },
    select: { id: true, at: true, actorId: true, actorEmail: true, action: true, entityType: true, entityId: true, before: true, after: true, requestId: true },
  });
  if (!entry) throw new NotFoundError();
  return { ...entry, before: parseSnapshot(entry.before), after: parseSnapshot(entry.after) };
}

export type AuditEntryDetail = Awaited<ReturnType<typeof findAuditEntry>>;
