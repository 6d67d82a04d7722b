import { z } from "zod";
import { ACCOUNT_TYPES, REGIONS } from "@/lib/domain/crm";
import { LEAD_ASSIGNMENT_MODES, LEAD_RATINGS, LEAD_SOURCES, LEAD_TARGET_STATUSES } from "@/lib/domain/leads";
import { LOCALES } from "@/lib/i18n/locales";

const Text = (max: number) => z.string().trim().max(max).default("");
const Id = z.string().trim().min(1).max(50);
const OptionalId = z
  .string()
  .trim()
  .max(50)
  .default("")
  .transform((v) => (v === "" ? null : v));
const Email = z.union([z.literal(""), z.string().trim().toLowerCase().max(320).email({ error: "email" })]).default("");
const Bool = z.preprocess((v) => v === true || v === "on" || v === "true", z.boolean());
const Region = z.union([z.literal(""), z.enum(REGIONS)]).default("");

// A whole number 0–100 typed in a form ("" = 0).
const Score = z
  .union([z.number(), z.string()])
  .default("")
  .transform((v) => (typeof v === "number" ? String(v) : v.trim()))
  .refine((v) => v === "" || (/^\d{1,3}$/.test(v) && Number(v) <= 100), { error: "leads.score" })
  .transform((v) => (v === "" ? 0 : Number(v)));

const Day = z
  .string()
  .trim()
  .default("")
  .refine((v) => v === "" || (/^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(`${v}T00:00:00Z`))), { error: "pipeline.date" });

const leadFields = {
  personName: z.string().trim().min(1).max(100),
  company: Text(200),
  title: Text(100),
  email: Email,
  phone: Text(50),
  region: Region,
  province: Text(50),
  city: Text(50),
  industry: Text(100),
  source: z.enum(LEAD_SOURCES).default("other"),
  campaign: Text(100),
  // Empty = let the assignment rules choose (imports, enquiries) or keep the current owner (edits).
  ownerId: OptionalId,
  rating: z.enum(LEAD_RATINGS).default("warm"),
  score: Score,
  notes: Text(4000),
};

export const LeadCreateInput = z.object(leadFields);
export type LeadCreateInput = z.output<typeof LeadCreateInput>;
/** What callers may pass before defaults apply (importers build this from a CSV row). */
export type LeadCreateFields = z.input<typeof LeadCreateInput>;

export const LeadUpdateInput = z.object({ id: Id, ...leadFields });
export type LeadUpdateInput = z.output<typeof LeadUpdateInput>;

export const LeadStatusInput = z
  .object({ id: Id, status: z.enum(LEAD_TARGET_STATUSES), reason: Text(500) })
  .refine((v) => v.status !== "disqualified" || v.reason !== "", { path: ["reason"], error: "leads.reason" });
export type LeadStatusInput = z.output<typeof LeadStatusInput>;

export const LeadConvertInput = z
  .object({
    id: Id,
    accountMode: z.enum(["new", "existing"]).default("new"),
    accountId: OptionalId,
    accountName: Text(200),
    accountType: z.enum(ACCOUNT_TYPES).default("customer"),
    contactName: Text(100),
    createOpportunity: Bool,
    opportunityName: Text(200),
    // Decimal text in the currency ("" = 0); the opportunity service parses it exactly.
    amount: Text(30),
    currencyCode: Text(3),
    stageId: OptionalId,
    expectedCloseDate: Day,
  })
  .superRefine((v, ctx) => {
    if (v.accountMode === "existing" && !v.accountId) ctx.addIssue({ code: "custom", path: ["accountId"], message: "leads.accountRequired" });
    if (!v.createOpportunity) return;
    if (v.opportunityName === "") ctx.addIssue({ code: "custom", path: ["opportunityName"], message: "required" });
    if (!v.stageId) ctx.addIssue({ code: "custom", path: ["stageId"], message: "required" });
    if (v.currencyCode.length !== 3) ctx.addIssue({ code: "custom", path: ["currencyCode"], message: "choice" });
  });
export type LeadConvertInput = z.output<typeof LeadConvertInput>;

export const LeadAssignmentInput = z.object({
  mode: z.enum(LEAD_ASSIGNMENT_MODES),
  roundRobinTeamId: OptionalId,
  defaultOwnerId: OptionalId,
  rules: z.array(z.object({ region: z.enum(REGIONS), userId: Id })).max(REGIONS.length).default([]),
});
export type LeadAssignmentInput = z.output<typeof LeadAssignmentInput>;

/**
 * What a visitor sends with the public enquiry form. The public page parses with this schema
 * and passes the output to createLeadFromEnquiry.
 */
export const EnquiryLeadInput = z
  .object({
    personName: z.string().trim().min(1).max(100),
    company: Text(200),
    email: Email,
    phone: Text(50),
    message: Text(4000),
    productId: OptionalId,
    // JSON text of the chosen options, shown on the lead as label/value pairs.
    configuration: Text(8000),
    locale: z.enum(LOCALES).default("zh-CN"),
  })
  .refine((v) => v.email !== "" || v.phone !== "", { path: ["email"], error: "leads.contactRequired" });
export type EnquiryLeadInput = z.output<typeof EnquiryLeadInput>;
