import { z } from "zod";
import { MAX_PADDING, MIN_PADDING } from "@/lib/domain/document-number";

// Kept here (not imported from lib/system) because this file is shared with client forms.
export const NUMBERED_DOC_TYPES = ["QUOTE", "ORDER", "DELIVERY", "RETURN", "INVOICE", "CREDIT_NOTE", "PAYMENT"] as const;

export const Prefix = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9_/-]{1,12}$/, { error: "prefix" });

export const NumberingRuleInput = z.object({
  docType: z.enum(NUMBERED_DOC_TYPES),
  prefix: Prefix,
  padding: z.coerce.number({ error: "format" }).int({ error: "format" }).min(MIN_PADDING).max(MAX_PADDING),
});
export type NumberingRuleInput = z.output<typeof NumberingRuleInput>;
