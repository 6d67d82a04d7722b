import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { crmScope } from "@/lib/crm/crm-scope";
import { db } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors";
import { serviceCaseScopeWhere } from "./service-case-values";

/** One case with its history (audit entries, newest first); NotFound outside the actor's scope. */
export async function findServiceCase({ actor, id }: { actor: Actor; id: string }) {
  const scope = await crmScope(actor);
  const serviceCase = await db.serviceCase.findFirst({
    where: { AND: [{ id }, serviceCaseScopeWhere(scope)] },
    select: {
      id: true, number: true, accountId: true, contactId: true, productId: true, productText: true, category: true, severity: true, status: true, subject: true,
      description: true, rootCause: true, resolution: true, satisfaction: true, followUpDate: true, ownerId: true, openedAt: true, resolvedAt: true, closedAt: true,
      createdAt: true, updatedAt: true,
      account: { select: { id: true, name: true } },
      contact: { select: { id: true, name: true, phone: true, mobile: true, email: true } },
      product: { select: { id: true, sku: true, nameZh: true, nameEn: true } },
      owner: { select: { id: true, name: true } },
    },
  });
  if (!serviceCase) throw new NotFoundError();
  const history = await db.auditEntry.findMany({
    where: { entityType: "ServiceCase", entityId: serviceCase.id },
    orderBy: [{ at: "desc" }, { id: "desc" }],
    take: 50,
    select: { id: true, at: true, action: true, actorEmail: true, before: true, after: true },
  });
  return { ...serviceCase, history };
}

export type ServiceCaseDetail = Awaited<ReturnType<typeof findServiceCase>>;
