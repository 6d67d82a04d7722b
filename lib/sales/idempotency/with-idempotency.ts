import "server-only";
import { createHash } from "node:crypto";
import type { Tx } from "@/lib/db/client";
import { isUniqueViolation } from "@/lib/db/errors";
import { transact } from "@/lib/db/transact";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";

/** JSON with object keys sorted at every level, so the same body always hashes the same. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (typeof v === "bigint") return v.toString();
    if (v && typeof v === "object" && !Array.isArray(v)) {
      return Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    }
    return v;
  });
}

export function requestHash(body: unknown): string {
  return createHash("sha256").update(canonicalJson(body)).digest("hex");
}

export type Idempotent = { scope: string; key: string; body: unknown; resourceType: string };
export type IdempotentResult = { id: string; repeated: boolean };

async function repeatOf(scope: string, key: string, hash: string, client: Pick<Tx, "idempotencyKey"> = db): Promise<IdempotentResult | null> {
  const row = await client.idempotencyKey.findUnique({ where: { scope_key: { scope, key } }, select: { requestHash: true, resourceId: true } });
  if (!row) return null;
  // Same key, different body: the client reused a key for another request — refuse, never guess.
  if (row.requestHash !== hash) throw new AppError("payments.idempotencyMismatch", {}, 409);
  return { id: row.resourceId, repeated: true };
}

/**
 * Runs `create` once per (scope, key): the key row is inserted FIRST in the same transaction as
 * the document, so a racing duplicate blocks on the key's primary key (PostgreSQL) or waits for
 * the write lock (SQLite) and then either sees the committed key (→ a repeat) or fails with a
 * unique violation, which rolls its whole transaction back; that loser is answered like a repeat
 * after re-reading the winner's key outside the failed transaction. A repeat with the same body
 * returns the first resource's id and creates nothing; a different body is refused.
 */
export async function withIdempotency({ scope, key, body, resourceType }: Idempotent, create: (tx: Tx) => Promise<string>): Promise<IdempotentResult> {
  const hash = requestHash(body);
  try {
    return await transact(async (tx) => {
      const seen = await repeatOf(scope, key, hash, tx);
      if (seen) return seen;
      await tx.idempotencyKey.create({ data: { scope, key, requestHash: hash, resourceType, resourceId: "" } });
      const id = await create(tx);
      await tx.idempotencyKey.update({ where: { scope_key: { scope, key } }, data: { resourceId: id } });
      return { id, repeated: false };
    });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    const seen = await repeatOf(scope, key, hash);
    // A unique violation from the document itself (not the key) is a real error.
    if (!seen) throw error;
    return seen;
  }
}
