import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { writeAudit } from "@/lib/audit/write-audit";
import { transact } from "@/lib/db/transact";
import { AppError, NotFoundError } from "@/lib/errors";

/**
 * Gives a dead message a fresh set of attempts, due now. Only dead ones: a pending message
 * retries by itself and a sent one must not be sent twice. The conditional update makes two
 * admins clicking at once retry it once.
 */
export async function retryOutboxMessage({ actor, input }: { actor: Actor; input: { id: string } }): Promise<void> {
  assertCan(actor, "settings.company.manage");
  await transact(async (tx) => {
    const message = await tx.outboxMessage.findUnique({ where: { id: input.id }, select: { id: true, status: true, attempts: true, lastError: true } });
    if (!message) throw new NotFoundError();
    const { count } = await tx.outboxMessage.updateMany({
      where: { id: message.id, status: "dead" },
      data: { status: "pending", attempts: 0, nextAttemptAt: new Date(), lockedUntil: null },
    });
    if (count !== 1) throw new AppError("outbox.notDead");
    await writeAudit(tx, {
      actor,
      action: "retry",
      entityType: "OutboxMessage",
      entityId: message.id,
      before: { status: message.status, attempts: message.attempts, lastError: message.lastError },
      after: { status: "pending", attempts: 0 },
    });
  });
}
