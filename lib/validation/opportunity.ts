import { z } from "zod";
import { FORECAST_CATEGORIES, RATINGS, REQUIRABLE_FIELDS } from "@/lib/domain/pipeline";
import { SplitInput } from "./crm";

const Text = (max: number) => z.string().trim().max(max).default("");
const Id = z.string().trim().min(1).max(50);
const OptionalId = z
  .string()
  .trim()
  .max(50)
  .default("")
  .transform((v) => (v === "" ? null : v));

const Day = z
  .string()
  .trim()
  .default("")
  .refine((v) => v === "" || (/^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(`${v}T00:00:00Z`))), { error: "pipeline.date" });

const opportunityFields = {
  accountId: Id,
  contactId: OptionalId,
  name: z.string().trim().min(1).max(200),
  // Decimal text in the currency ("" = 0); the service parses it exactly.
  amount: Text(30),
  currencyCode: z.string().trim().min(3).max(3),
  stageId: Id,
  // Percent text ("" = the stage's default).
  probability: Text(10),
  expectedCloseDate: Day,
  ownerId: Id,
  source: Text(100),
  // Optional so callers that build inputs in code (lead conversion, imports) may leave it out.
  campaign: z.string().trim().max(100).optional(),
  rating: z.enum(RATINGS).default("warm"),
  forecastCategory: z.enum(FORECAST_CATEGORIES).default("pipeline"),
  competitors: Text(500),
  nextStep: Text(500),
  lostReason: Text(500),
};

export const OpportunityCreateInput = z.object(opportunityFields);
export type OpportunityCreateInput = z.output<typeof OpportunityCreateInput>;

export const OpportunityUpdateInput = z.object({ id: Id, ...opportunityFields });
export type OpportunityUpdateInput = z.output<typeof OpportunityUpdateInput>;

export const OpportunityStageInput = z.object({ id: Id, stageId: Id, lostReason: Text(500) });
export type OpportunityStageInput = z.output<typeof OpportunityStageInput>;

const Bool = z.preprocess((v) => v === true || v === "on" || v === "true", z.boolean());
const List = z.preprocess((v) => (v === undefined ? [] : ([] as unknown[]).concat(v)), z.array(z.enum(REQUIRABLE_FIELDS)).max(REQUIRABLE_FIELDS.length));

export const StageUpdateInput = z.object({
  id: Id,
  nameZh: z.string().trim().min(1).max(50),
  nameEn: z.string().trim().min(1).max(50),
  // Percent text, parsed exactly by the service.
  probability: z.string().trim().min(1).max(6),
  requiredFields: List,
  active: Bool,
});
export type StageUpdateInput = z.output<typeof StageUpdateInput>;

export const StageIdInput = z.object({ id: Id, direction: z.enum(["up", "down"]).optional() });
export type StageIdInput = z.output<typeof StageIdInput>;

export const OpportunitySplitsInput = z.object({ id: Id, splits: z.array(SplitInput).max(10).default([]) });
export type OpportunitySplitsInput = z.output<typeof OpportunitySplitsInput>;
