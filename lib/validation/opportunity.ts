import { z } from "zod";
import { FORECAST_CATEGORIES, RATINGS } from "@/lib/domain/pipeline";

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
