import { z } from "zod";
import { CASE_CATEGORIES, CASE_SEVERITIES, CASE_STATUSES, ROOT_CAUSES } from "@/lib/domain/service-case";

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
  .refine((v) => v === "" || (/^\d{4}-\d{2}-\d{2}$/.test(v) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v)), { error: "service.date" });

const RootCause = z.union([z.literal(""), z.enum(ROOT_CAUSES)]).default("");

const caseFields = {
  accountId: Id,
  contactId: OptionalId,
  // A catalog product, or free text when the product is not in the catalog (or both empty).
  productId: OptionalId,
  productText: Text(200),
  category: z.enum(CASE_CATEGORIES),
  severity: z.enum(CASE_SEVERITIES).default("medium"),
  subject: z.string().trim().min(1).max(200),
  description: Text(5000),
  ownerId: Id,
};

export const ServiceCaseCreateInput = z.object(caseFields);
export type ServiceCaseCreateInput = z.output<typeof ServiceCaseCreateInput>;

export const ServiceCaseUpdateInput = z.object({ id: Id, ...caseFields });
export type ServiceCaseUpdateInput = z.output<typeof ServiceCaseUpdateInput>;

/** A status move; resolving carries the resolution (and root cause for faults), reopening a reason. */
export const ServiceCaseStatusInput = z.object({
  id: Id,
  status: z.enum(CASE_STATUSES),
  resolution: Text(5000),
  rootCause: RootCause,
  reason: Text(500),
});
export type ServiceCaseStatusInput = z.output<typeof ServiceCaseStatusInput>;

/** Customer care (客户关怀) on a finished case: satisfaction 1–5 ("" = none) and a follow-up day. */
export const ServiceCaseCareInput = z.object({
  id: Id,
  satisfaction: z
    .union([z.literal(""), z.enum(["1", "2", "3", "4", "5"], { error: "service.satisfaction" })])
    .default("")
    .transform((v) => (v === "" ? null : Number(v))),
  followUpDate: Day,
});
export type ServiceCaseCareInput = z.output<typeof ServiceCaseCareInput>;
