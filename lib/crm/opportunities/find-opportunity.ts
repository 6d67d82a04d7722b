import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { daysBetween } from "@/lib/domain/pipeline";
import { NotFoundError } from "@/lib/errors";
import { crmScope } from "../crm-scope";
import { opportunityScopeWhere } from "./opportunity-values";

/**
 * One opportunity with its stage history (oldest first, each with the days spent in that stage
 * until the next change or now); NotFound outside the actor's scope.
 */
export async function findOpportunity({ actor, id, now = new Date() }: { actor: Actor; id: string; now?: Date }) {
  const scope = await crmScope(actor);
  const opportunity = await db.opportunity.findFirst({
    where: { AND: [{ id }, opportunityScopeWhere(scope)] },
    select: {
      id: true, name: true, amount: true, currencyCode: true, probabilityBp: true, expectedCloseDate: true, source: true, campaign: true, rating: true,
      forecastCategory: true, competitors: true, nextStep: true, lostReason: true, createdAt: true, updatedAt: true, accountId: true, contactId: true,
      ownerId: true, stageId: true,
      account: { select: { id: true, name: true } },
      contact: { select: { id: true, name: true } },
      owner: { select: { id: true, name: true } },
      stage: { select: { id: true, nameZh: true, nameEn: true, kind: true } },
      splits: { orderBy: { percentBp: "desc" }, select: { userId: true, percentBp: true, user: { select: { name: true } } } },
      lines: {
        orderBy: { position: "asc" },
        select: { id: true, productId: true, description: true, quantity: true, unitPrice: true, discountBp: true, product: { select: { sku: true, uomDecimals: true } } },
      },
      stageChanges: {
        orderBy: [{ changedAt: "asc" }, { id: "asc" }],
        select: { id: true, fromStageId: true, toStageId: true, changedAt: true, changedBy: { select: { name: true } } },
      },
    },
  });
  if (!opportunity) throw new NotFoundError();
  const history = opportunity.stageChanges.map((change, i, all) => ({
    ...change,
    days: daysBetween(change.changedAt, all[i + 1]?.changedAt ?? now),
  }));
  return { ...opportunity, history };
}

export type OpportunityDetail = Awaited<ReturnType<typeof findOpportunity>>;

/** The opportunities of one account (the account must be visible), for the 360 page. */
export async function findAccountOpportunities({ actor, accountId }: { actor: Actor; accountId: string }) {
  const scope = await crmScope(actor);
  return db.opportunity.findMany({
    where: { AND: [{ accountId }, opportunityScopeWhere(scope)] },
    orderBy: [{ expectedCloseDate: "asc" }, { id: "asc" }],
    select: { id: true, name: true, amount: true, currencyCode: true, probabilityBp: true, expectedCloseDate: true, stage: { select: { nameZh: true, nameEn: true, kind: true } } },
  });
}
