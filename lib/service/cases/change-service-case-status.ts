import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { loadScope } from "@/lib/auth/load-scope";
import { assertCan } from "@/lib/auth/permissions";
import { writeAudit } from "@/lib/audit/write-audit";
import { transact } from "@/lib/db/transact";
import { canMove, isReopen, statusTimestamps } from "@/lib/domain/service-case";
import { AppError, FieldError, NotFoundError } from "@/lib/errors";
import type { ServiceCaseStatusInput } from "@/lib/validation/service";
import { serviceCaseScopeWhere } from "./service-case-values";

/**
 * Moves a case along open → in progress → resolved → closed (or reopens a finished one with a
 * reason). Resolving needs a resolution and, for a fault, a root cause; a refused move writes
 * nothing. The update is conditional on the status read, so two concurrent moves cannot both win.
 */
export async function changeServiceCaseStatus({ actor, input, now = new Date() }: { actor: Actor; input: ServiceCaseStatusInput; now?: Date }): Promise<{ id: string; changed: boolean }> {
  assertCan(actor, "crm.manage");
  const scope = await loadScope(actor);
  return transact(async (tx) => {
    const current = await tx.serviceCase.findFirst({
      where: { AND: [{ id: input.id }, serviceCaseScopeWhere(scope)] },
      select: { status: true, category: true, resolution: true, rootCause: true, resolvedAt: true, closedAt: true },
    });
    if (!current) throw new NotFoundError();
    if (current.status === input.status) return { id: input.id, changed: false };
    if (!canMove(current.status, input.status)) throw new FieldError("status", "service.transition");

    const data: { status: string; resolvedAt: Date | null; closedAt: Date | null; resolution?: string; rootCause?: string } = {
      status: input.status,
      ...statusTimestamps(input.status, current, now),
    };
    if (input.status === "resolved") {
      const resolution = input.resolution || current.resolution;
      if (resolution === "") throw new FieldError("resolution", "service.resolutionRequired");
      const rootCause = input.rootCause || current.rootCause;
      if (current.category === "fault" && rootCause === "") throw new FieldError("rootCause", "service.rootCauseRequired");
      data.resolution = resolution;
      data.rootCause = rootCause;
    }
    const reopen = isReopen(current.status, input.status);
    if (reopen && input.reason === "") throw new FieldError("reason", "service.reopenReason");

    const { count } = await tx.serviceCase.updateMany({ where: { id: input.id, status: current.status }, data });
    if (count !== 1) throw new AppError("conflict", {}, 409);
    const before = { status: current.status, resolvedAt: current.resolvedAt, closedAt: current.closedAt, ...(data.resolution !== undefined ? { resolution: current.resolution, rootCause: current.rootCause } : {}) };
    await writeAudit(tx, { actor, action: reopen ? "reopen" : "status", entityType: "ServiceCase", entityId: input.id, before, after: { ...data, ...(reopen ? { reason: input.reason } : {}) } });
    return { id: input.id, changed: true };
  });
}
