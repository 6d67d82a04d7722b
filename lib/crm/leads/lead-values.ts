import "server-only";
import type { Scope } from "@/lib/auth/scope";
import { ownerWhere } from "@/lib/auth/scope";
import type { Prisma } from "@/lib/db/generated/sqlite/client";
import { AppError } from "@/lib/errors";
import type { LeadCreateInput } from "@/lib/validation/leads";

/** Leads the scope may see: owned by someone in it (the same owner rule as opportunities). */
export function leadScopeWhere(scope: Scope): Prisma.LeadWhereInput {
  return ownerWhere(scope, "ownerId");
}

/** The editable columns of a lead, from validated input (owner and team are decided by the caller). */
export function leadValues(input: LeadCreateInput) {
  return {
    personName: input.personName,
    company: input.company,
    title: input.title,
    email: input.email,
    phone: input.phone,
    region: input.region,
    province: input.province,
    city: input.city,
    industry: input.industry,
    source: input.source,
    campaign: input.campaign,
    rating: input.rating,
    score: input.score,
    notes: input.notes,
  };
}

/** Every write path refuses a converted lead: it is the record of what was converted. */
export function assertLeadWritable(status: string): void {
  if (status === "converted") throw new AppError("leads.converted", {}, 409);
}
