import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { loadScope } from "@/lib/auth/load-scope";
import { assertCan } from "@/lib/auth/permissions";
import { changedFields, writeAudit } from "@/lib/audit/write-audit";
import { transact } from "@/lib/db/transact";
import { isFinished } from "@/lib/domain/service-case";
import { FieldError, NotFoundError } from "@/lib/errors";
import type { ServiceCaseCareInput } from "@/lib/validation/service";
import { serviceCaseScopeWhere } from "./service-case-values";

/** Customer care (客户关怀): the customer's satisfaction and the next follow-up day, on a resolved or closed case. */
export async function updateServiceCaseCare({ actor, input }: { actor: Actor; input: ServiceCaseCareInput }): Promise<{ id: string; changed: boolean }> {
  assertCan(actor, "crm.manage");
  const scope = await loadScope(actor);
  return transact(async (tx) => {
    const current = await tx.serviceCase.findFirst({ where: { AND: [{ id: input.id }, serviceCaseScopeWhere(scope)] }, select: { status: true, satisfaction: true, followUpDate: true } });
    if (!current) throw new NotFoundError();
    const values = { satisfaction: input.satisfaction, followUpDate: input.followUpDate };
    const diff = changedFields(current, values);
    if (Object.keys(diff.after).length === 0) return { id: input.id, changed: false };
    if (!isFinished(current.status)) throw new FieldError(input.satisfaction !== current.satisfaction ? "satisfaction" : "followUpDate", "service.careNotFinished");
    await tx.serviceCase.update({ where: { id: input.id }, data: values, select: { id: true } });
    await writeAudit(tx, { actor, action: "care", entityType: "ServiceCase", entityId: input.id, before: diff.before, after: diff.after });
    return { id: input.id, changed: true };
  });
}
