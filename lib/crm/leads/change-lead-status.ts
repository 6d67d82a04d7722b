import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { loadScope } from "@/lib/auth/load-scope";
import { assertCan } from "@/lib/auth/permissions";
import { writeAudit } from "@/lib/audit/write-audit";
import { transact } from "@/lib/db/transact";
import { canMoveLead } from "@/lib/domain/leads";
import { AppError, NotFoundError } from "@/lib/errors";
import type { LeadStatusInput } from "@/lib/validation/leads";
import { assertLeadWritable, leadScopeWhere } from "./lead-values";

/**
 * Moves a lead along new → working → qualified / disqualified (with a reason); a disqualified
 * lead reopens to working. The update is conditional on the status read, so a concurrent change
 * or convert makes this one fail instead of overwriting it.
 */
export async function changeLeadStatus({ actor, input }: { actor: Actor; input: LeadStatusInput }): Promise<{ id: string; status: string }> {
  assertCan(actor, "crm.manage");
  const scope = await loadScope(actor);
  return transact(async (tx) => {
    const current = await tx.lead.findFirst({ where: { AND: [{ id: input.id }, leadScopeWhere(scope)] }, select: { status: true, disqualifyReason: true } });
    if (!current) throw new NotFoundError();
    assertLeadWritable(current.status);
    if (!canMoveLead(current.status, input.status)) throw new AppError("leads.badTransition", {}, 409);
    const disqualifyReason = input.status === "disqualified" ? input.reason : "";
    const moved = await tx.lead.updateMany({ where: { id: input.id, status: current.status }, data: { status: input.status, disqualifyReason } });
    if (moved.count !== 1) throw new AppError("conflict", {}, 409);
    await writeAudit(tx, {
      actor,
      action: "status",
      entityType: "Lead",
      entityId: input.id,
      before: { status: current.status, disqualifyReason: current.disqualifyReason },
      after: { status: input.status, disqualifyReason },
    });
    return { id: input.id, status: input.status };
  });
}
