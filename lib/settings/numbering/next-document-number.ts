import "server-only";
import type { Tx } from "@/lib/db/client";
import { formatDocumentNumber } from "@/lib/domain/document-number";
import { DEFAULT_PREFIXES, type DocType } from "@/lib/system/ensure-company";
import { documentYear } from "./document-year";

/**
 * Takes the next number of `docType` for the year of `date`, inside the caller's transaction:
 * the counter row stays locked until that transaction ends, and a rollback gives the number
 * back, so invoice numbers have no gaps.
 *
 * Concurrency: the counter row is created with INSERT … ON CONFLICT DO NOTHING (a racing
 * creator makes it a no-op on both databases), then bumped with one UPDATE … RETURNING. That
 * UPDATE takes the row lock on PostgreSQL (a second caller waits and then sees the committed
 * value); on SQLite `transact` already holds the database write lock. Never read-then-write.
 */
export async function nextDocumentNumber(tx: Tx, docType: DocType, date: Date): Promise<string> {
  const year = documentYear(date);
  const rule = await tx.numberingRule.findUnique({ where: { docType }, select: { prefix: true, padding: true } });

  await tx.$executeRaw`INSERT INTO "NumberSequence" ("docType", "year", "next") VALUES (${docType}, ${year}, 1) ON CONFLICT DO NOTHING`;
  const rows = await tx.$queryRaw<{ taken: number | bigint }[]>`
    UPDATE "NumberSequence" SET "next" = "next" + 1
    WHERE "docType" = ${docType} AND "year" = ${year}
    RETURNING "next" - 1 AS "taken"`;
  if (rows.length !== 1) throw new Error(`number sequence ${docType}/${year} missing after insert`);

  return formatDocumentNumber(rule?.prefix ?? DEFAULT_PREFIXES[docType], year, Number(rows[0].taken), rule?.padding ?? 5);
}
