import "server-only";
import { notFound, redirect } from "next/navigation";
import { db, type Tx } from "@/lib/db/client";
import type { MergeType } from "./merge-fields";

/**
 * Where a merged-away record went (the survivor's id), or null. Detail pages call this on their
 * not-found path, so an old link lands on the survivor, whose page checks scope as usual.
 */
export async function findMergeRedirect(entityType: MergeType, fromId: string): Promise<string | null> {
  const row = await db.mergeRedirect.findUnique({ where: { entityType_fromId: { entityType, fromId } }, select: { toId: true } });
  return row?.toId ?? null;
}

/**
 * Records fromId → toId, and re-points earlier redirects into fromId at toId, so a chain of
 * merges is always one hop.
 */
export async function writeMergeRedirect(tx: Tx, entityType: MergeType, fromId: string, toId: string, mergedById: string): Promise<void> {
  await tx.mergeRedirect.updateMany({ where: { entityType, toId: fromId }, data: { toId } });
  await tx.mergeRedirect.create({ data: { entityType, fromId, toId, mergedById } });
}

/**
 * A detail page's not-found path: a merged-away id goes to the survivor's page (which checks
 * scope again), anything else is a 404.
 */
export async function notFoundUnlessMerged(entityType: MergeType, id: string, href: (survivorId: string) => string): Promise<never> {
  const survivorId = await findMergeRedirect(entityType, id);
  if (survivorId) redirect(href(survivorId));
  notFound();
}
