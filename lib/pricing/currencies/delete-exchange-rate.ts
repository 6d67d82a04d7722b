import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { writeAudit } from "@/lib/audit/write-audit";
import { transact } from "@/lib/db/transact";
import { NotFoundError } from "@/lib/errors";

/**
 * Removes a rate entered for the wrong day. Documents keep the rate they were converted at
 * (they store it), so deleting a rate never changes a posted figure.
 */
export async function deleteExchangeRate({ actor, currencyCode, rateDate }: { actor: Actor; currencyCode: string; rateDate: string }): Promise<void> {
  assertCan(actor, "currency.manage");
  await transact(async (tx) => {
    const row = await tx.exchangeRate.findUnique({ where: { currencyCode_rateDate: { currencyCode, rateDate } }, select: { id: true, rate: true, source: true } });
    if (!row) throw new NotFoundError();
    await tx.exchangeRate.delete({ where: { id: row.id } });
    await writeAudit(tx, { actor, action: "delete", entityType: "ExchangeRate", entityId: row.id, before: { currencyCode, rateDate, rate: row.rate, source: row.source } });
  });
}
