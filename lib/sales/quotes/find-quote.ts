import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { toMinor } from "@/lib/domain/money";
import { NotFoundError } from "@/lib/errors";
import { companyDay } from "@/lib/pricing/company-day";
import { ownedDocumentWhere, salesScope } from "@/lib/sales/sales-scope";
import { revisionNeedsApproval } from "./discount-approval";
import { shownStatus } from "./quotes-table";

const LINE_SELECT = {
  id: true,
  position: true,
  productId: true,
  description: true,
  uom: true,
  quantity: true,
  unitPrice: true,
  discountBp: true,
  vatRateBp: true,
  unitCost: true,
  net: true,
  tax: true,
  gross: true,
  product: { select: { sku: true, uomDecimals: true } },
} as const;

/**
 * One quote the actor may see, with every revision and its lines (BigInt amounts as checked
 * numbers). Line costs are blanked for readers without cost.read. NotFound otherwise.
 */
export async function findQuote({ actor, id, now = new Date() }: { actor: Actor; id: string; now?: Date }) {
  const scope = await salesScope(actor);
  const quote = await db.quote.findFirst({
    where: { AND: [{ id }, ownedDocumentWhere(scope)] },
    select: {
      id: true,
      number: true,
      status: true,
      currentRevision: true,
      title: true,
      currencyCode: true,
      validUntil: true,
      sentAt: true,
      decidedAt: true,
      rejectReason: true,
      contactId: true,
      createdAt: true,
      account: { select: { id: true, name: true } },
      owner: { select: { id: true, name: true } },
      opportunity: { select: { id: true, name: true } },
      salesOrder: { select: { id: true, number: true } },
      revisions: { orderBy: { revision: "asc" }, include: { lines: { orderBy: { position: "asc" }, select: LINE_SELECT } } },
    },
  });
  if (!quote) throw new NotFoundError();
  const contact = quote.contactId ? await db.contact.findUnique({ where: { id: quote.contactId }, select: { id: true, name: true, email: true } }) : null;
  const peopleIds = [...new Set(quote.revisions.flatMap((r) => [r.createdById, r.approvedById]).filter((v): v is string => Boolean(v)))];
  const people = new Map((await db.user.findMany({ where: { id: { in: peopleIds } }, select: { id: true, name: true } })).map((u) => [u.id, u.name]));
  const showCost = can(actor, "cost.read");
  const revisions = quote.revisions.map((r) => ({
    ...r,
    subtotal: toMinor(r.subtotal),
    taxTotal: toMinor(r.taxTotal),
    total: toMinor(r.total),
    totalBase: toMinor(r.totalBase),
    createdByName: people.get(r.createdById) ?? "",
    approvedByName: r.approvedById ? (people.get(r.approvedById) ?? "") : "",
    lines: r.lines.map((l) => ({ ...l, unitCost: showCost ? l.unitCost : 0, net: toMinor(l.net), tax: toMinor(l.tax), gross: toMinor(l.gross) })),
  }));
  const current = revisions.find((r) => r.revision === quote.currentRevision)!;
  const needsApproval = await revisionNeedsApproval(db, current);
  const today = companyDay(now);
  return { ...quote, revisions, current, contact, needsApproval, showCost, shownStatus: shownStatus(quote, today), today };
}

export type QuoteDetail = Awaited<ReturnType<typeof findQuote>>;
export type QuoteRevisionDetail = QuoteDetail["revisions"][number];
