import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { crmScope } from "@/lib/crm/crm-scope";
import { db } from "@/lib/db/client";
import { today } from "@/lib/domain/service-case";
import { appTimeZone } from "@/lib/table/day-range";
import { SERVICE_CASE_LIST_SELECT } from "./find-service-cases";
import { serviceCaseScopeWhere } from "./service-case-values";

const DAY = 86_400_000;

/**
 * The actor's customer-care list (客户关怀): their own cases with a follow-up day that is due
 * (today or overdue) and those coming up in the next `aheadDays` days, earliest first.
 */
export async function findCareCases({ actor, now = new Date(), aheadDays = 14 }: { actor: Actor; now?: Date; aheadDays?: number }) {
  const scope = await crmScope(actor);
  const zone = appTimeZone();
  const day = today(now, zone);
  const horizon = today(new Date(now.getTime() + aheadDays * DAY), zone);
  const rows = await db.serviceCase.findMany({
    where: { AND: [serviceCaseScopeWhere(scope), { ownerId: actor.id }, { followUpDate: { not: "", lte: horizon } }] },
    orderBy: [{ followUpDate: "asc" }, { id: "asc" }],
    take: 500,
    select: { ...SERVICE_CASE_LIST_SELECT, contact: { select: { name: true, phone: true, mobile: true } } },
  });
  return {
    today: day,
    overdue: rows.filter((r) => r.followUpDate < day),
    due: rows.filter((r) => r.followUpDate === day),
    upcoming: rows.filter((r) => r.followUpDate > day),
  };
}

export type CareCaseRow = Awaited<ReturnType<typeof findCareCases>>["due"][number];
