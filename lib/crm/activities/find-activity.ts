import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors";
import { crmScope } from "../crm-scope";
import { ACTIVITY_ROW_SELECT } from "./activity-select";
import { activityScopeWhere } from "./activity-values";

/** One activity with its owner and related record; NotFound outside the actor's scope. */
export async function findActivity({ actor, id }: { actor: Actor; id: string }) {
  const scope = await crmScope(actor);
  const activity = await db.activity.findFirst({
    where: { AND: [{ id }, activityScopeWhere(scope)] },
    select: { ...ACTIVITY_ROW_SELECT, leadId: true, accountId: true, contactId: true, opportunityId: true, serviceCaseId: true, updatedAt: true },
  });
  if (!activity) throw new NotFoundError();
  return activity;
}

export type ActivityDetail = Awaited<ReturnType<typeof findActivity>>;
