import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/sqlite/client";
import { NotFoundError } from "@/lib/errors";
import { findAccountActivities } from "../activities/find-activities";
import { findAccountOpportunities } from "../opportunities/find-opportunity";
import { accountScopeWhere, crmScope } from "../crm-scope";

/** One account with its contacts, split owners and price list; NotFound outside the actor's scope. */
export async function findAccount({ actor, id }: { actor: Actor; id: string }) {
  const scope = await crmScope(actor);
  const account = await db.account.findFirst({
    where: { AND: [{ id }, accountScopeWhere(scope)] },
    select: {
      id: true,
      code: true,
      name: true,
      type: true,
      industry: true,
      region: true,
      province: true,
      city: true,
      billingAddress: true,
      shippingAddress: true,
      taxId: true,
      ownerId: true,
      teamId: true,
      paymentTermsDays: true,
      creditLimit: true,
      creditOverdueDays: true,
      creditCheckAt: true,
      creditAction: true,
      prepaymentBp: true,
      priceListId: true,
      tags: true,
      status: true,
      createdAt: true,
      updatedAt: true,
      owner: { select: { id: true, name: true } },
      priceList: { select: { id: true, name: true, currencyCode: true } },
      splits: { select: { userId: true, percentBp: true, user: { select: { name: true } } }, orderBy: { percentBp: "desc" } },
      contacts: {
        select: { id: true, name: true, title: true, department: true, email: true, phone: true, mobile: true, isPrimary: true, preferredLocale: true },
        orderBy: [{ isPrimary: "desc" }, { name: "asc" }, { id: "asc" }],
      },
    },
  });
  if (!account) throw new NotFoundError();
  return account;
}

export type AccountDetail = Awaited<ReturnType<typeof findAccount>>;

/**
 * The account's activity timeline, newest first, in one feed: every audit entry of the account,
 * its contacts and its opportunities, and the activities about any of them (kind "activity",
 * placed at the time they were logged).
 */
export async function findAccountTimeline({ actor, id, take = 50 }: { actor: Actor; id: string; take?: number }) {
  const account = await findAccount({ actor, id });
  const contactIds = account.contacts.map((c) => c.id);
  const or: Prisma.AuditEntryWhereInput[] = [{ entityType: "Account", entityId: account.id }];
  if (contactIds.length) or.push({ entityType: "Contact", entityId: { in: contactIds } });
  // Opportunity edits and stage changes, only of opportunities the reader may see.
  const opportunityIds = (await findAccountOpportunities({ actor, accountId: account.id })).map((o) => o.id);
  if (opportunityIds.length) or.push({ entityType: "Opportunity", entityId: { in: opportunityIds } });
  const [entries, activities] = await Promise.all([
    db.auditEntry.findMany({
      where: { OR: or },
      orderBy: [{ at: "desc" }, { id: "desc" }],
      take,
      select: { id: true, at: true, action: true, entityType: true, entityId: true, actorEmail: true, before: true, after: true },
    }),
    findAccountActivities({ actor, accountId: account.id, take }),
  ]);
  const feed = [
    ...entries.map((e) => ({ kind: "audit" as const, ...e })),
    ...activities.map((a) => ({ kind: "activity" as const, id: a.id, at: a.createdAt, action: "activity", entityType: "Activity", entityId: a.id, activity: a })),
  ];
  feed.sort((x, y) => y.at.getTime() - x.at.getTime() || (x.id < y.id ? 1 : -1));
  return feed.slice(0, take);
}

export type TimelineItem = Awaited<ReturnType<typeof findAccountTimeline>>[number];
