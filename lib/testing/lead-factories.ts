// Test data for lead integration tests: lead rows straight to the database and service inputs;
// the code under test goes through the services.
import { db } from "@/lib/db/client";
import type { LeadConvertInput, LeadCreateInput } from "@/lib/validation/leads";
import { uniqueName } from "./factories";

/** A complete create input (what the form's zod schema outputs); override what the test needs. */
export function leadInput(changes: Partial<LeadCreateInput> = {}): LeadCreateInput {
  return {
    personName: "Wang Fang", company: "Hangzhou Valves Co", title: "Buyer", email: "wang.fang@valves.example", phone: "+86 571 5555 0101",
    region: "east", province: "Zhejiang", city: "Hangzhou", industry: "Manufacturing", source: "referral", campaign: "", ownerId: null,
    rating: "warm", score: 40, notes: "", ...changes,
  };
}

export function convertInput(id: string, changes: Partial<LeadConvertInput> = {}): LeadConvertInput {
  return {
    id, accountMode: "new", accountId: null, accountName: "", accountType: "customer", contactName: "", createOpportunity: false,
    opportunityName: "", amount: "", currencyCode: "CNY", stageId: null, expectedCloseDate: "", ...changes,
  };
}

/** A lead row in the given status, owned by `ownerId`. */
export async function createLeadRow(overrides: { ownerId: string; status?: string; personName?: string; company?: string; region?: string }) {
  const token = uniqueName("lead");
  return db.lead.create({
    data: {
      number: token.toUpperCase(),
      personName: overrides.personName ?? `Person ${token}`,
      company: overrides.company ?? `Company ${token}`,
      email: `${token}@lead.example`,
      region: overrides.region ?? "",
      ownerId: overrides.ownerId,
      status: overrides.status ?? "new",
    },
    select: { id: true, number: true, ownerId: true, personName: true, company: true },
  });
}
