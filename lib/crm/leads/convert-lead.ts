import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { loadScope } from "@/lib/auth/load-scope";
import { assertCan } from "@/lib/auth/permissions";
import type { Scope } from "@/lib/auth/scope";
import { writeAudit } from "@/lib/audit/write-audit";
import type { Tx } from "@/lib/db/client";
import { isUniqueViolation } from "@/lib/db/errors";
import type { Prisma } from "@/lib/db/generated/sqlite/client";
import { transact } from "@/lib/db/transact";
import { REGIONS, type Region } from "@/lib/domain/crm";
import { canConvertLead } from "@/lib/domain/leads";
import { AppError, FieldError, NotFoundError } from "@/lib/errors";
import type { LeadConvertInput } from "@/lib/validation/leads";
import { insertAccount } from "../accounts/create-account";
import { insertContact } from "../contacts/create-contact";
import { accountScopeWhere, assignableOwnerWhere } from "../crm-scope";
import { insertOpportunity } from "../opportunities/create-opportunity";
import { leadScopeWhere } from "./lead-values";

export type ConvertedLead = { id: string; accountId: string; contactId: string; opportunityId: string | null };

const LEAD_SELECT = {
  id: true, number: true, status: true, personName: true, company: true, title: true, email: true, phone: true, region: true, province: true,
  city: true, industry: true, source: true, campaign: true, rating: true, notes: true, ownerId: true,
} as const;
type LeadRow = Prisma.LeadGetPayload<{ select: typeof LEAD_SELECT }>;

/** A field error of a reused service, renamed to the convert form's field (both forms have a "name"). */
async function asField<T>(rename: Record<string, string>, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof FieldError && rename[error.field]) throw new FieldError(rename[error.field], error.key, error.values);
    throw error;
  }
}

/**
 * Converts a qualified lead in ONE transaction into an account (new, or an existing one the actor
 * sees), a contact and optionally an opportunity, all owned by the lead's owner, and links them
 * back. Any failure rolls everything back. The lead is claimed first with a conditional update on
 * its status, so of two concurrent converts exactly one wins; the other gets "already converted".
 */
export async function convertLead({ actor, input }: { actor: Actor; input: LeadConvertInput }): Promise<ConvertedLead> {
  assertCan(actor, "crm.manage");
  // Loaded before the transaction: on SQLite the transaction holds the only connection.
  const scope = await loadScope(actor);
  const assignable = await assignableOwnerWhere(actor);
  // A generated account code can collide with a concurrent create: run it again with the next one.
  for (let attempt = 0; ; attempt++) {
    try {
      return await transact((tx) => convertIn(tx, actor, scope, assignable, input));
    } catch (error) {
      if (!isUniqueViolation(error) || attempt >= 4) throw error;
    }
  }
}

async function convertIn(tx: Tx, actor: Actor, scope: Scope, assignable: Prisma.UserWhereInput, input: LeadConvertInput): Promise<ConvertedLead> {
  const lead = await tx.lead.findFirst({ where: { AND: [{ id: input.id }, leadScopeWhere(scope)] }, select: LEAD_SELECT });
  if (!lead) throw new NotFoundError();
  if (lead.status === "converted") throw new AppError("leads.alreadyConverted", {}, 409);
  if (!canConvertLead(lead.status)) throw new AppError("leads.notQualified", {}, 409);
  const convertedAt = new Date();
  // The claim: only one transaction moves this row out of "qualified".
  const claimed = await tx.lead.updateMany({ where: { id: lead.id, status: "qualified" }, data: { status: "converted", convertedAt } });
  if (claimed.count !== 1) throw new AppError("leads.alreadyConverted", {}, 409);

  const accountId = await targetAccount(tx, actor, scope, assignable, input, lead);
  const contact = await insertContact(tx, actor, scope, {
    accountId,
    name: input.contactName || lead.personName,
    title: lead.title,
    department: "",
    email: lead.email,
    phone: lead.phone,
    mobile: "",
    preferredLocale: "zh-CN",
    // The lead's person is the first contact of a new account.
    isPrimary: input.accountMode === "new",
    notes: "",
  });
  const opportunity = input.createOpportunity
    ? await asField({ name: "opportunityName" }, () =>
        insertOpportunity(tx, actor, scope, assignable, {
          accountId,
          contactId: contact.id,
          name: input.opportunityName,
          amount: input.amount,
          currencyCode: input.currencyCode,
          stageId: input.stageId ?? "",
          probability: "",
          expectedCloseDate: input.expectedCloseDate,
          ownerId: lead.ownerId,
          source: lead.source,
          campaign: lead.campaign,
          rating: lead.rating === "hot" || lead.rating === "cold" ? lead.rating : "warm",
          forecastCategory: "pipeline",
          competitors: "",
          nextStep: "",
          lostReason: "",
        }),
      )
    : null;

  const links = { convertedAccountId: accountId, convertedContactId: contact.id, convertedOpportunityId: opportunity?.id ?? null };
  await tx.lead.update({ where: { id: lead.id }, data: links, select: { id: true } });
  await writeAudit(tx, { actor, action: "convert", entityType: "Lead", entityId: lead.id, before: { status: lead.status }, after: { status: "converted", convertedAt, ...links } });
  return { id: lead.id, accountId, contactId: contact.id, opportunityId: opportunity?.id ?? null };
}

/** An existing account must be one the actor sees; a new one takes the lead's company details. */
async function targetAccount(tx: Tx, actor: Actor, scope: Scope, assignable: Prisma.UserWhereInput, input: LeadConvertInput, lead: LeadRow): Promise<string> {
  if (input.accountMode === "existing") {
    const account = await tx.account.findFirst({ where: { AND: [{ id: input.accountId ?? "" }, accountScopeWhere(scope)] }, select: { id: true } });
    // Another rep's account id looks the same as a missing one.
    if (!account) throw new FieldError("accountId", "choice");
    return account.id;
  }
  const region = (REGIONS as readonly string[]).includes(lead.region) ? (lead.region as Region) : "";
  const account = await asField({ name: "accountName", type: "accountType" }, () =>
    insertAccount(tx, actor, assignable, {
      code: "",
      name: input.accountName || lead.company || lead.personName,
      type: input.accountType,
      industry: lead.industry,
      region,
      province: lead.province,
      city: lead.city,
      billingAddress: "",
      shippingAddress: "",
      taxId: "",
      ownerId: lead.ownerId,
      paymentTermsDays: 30,
      creditLimit: "",
      priceListId: null,
      tags: "",
      status: "active",
      splits: [],
    }),
  );
  return account.id;
}
