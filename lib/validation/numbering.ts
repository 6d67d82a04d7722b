import { z } from "zod";
import { MAX_PADDING, MIN_PADDING } from "@/lib/domain/document-number";
import { DOC_TYPES } from "@/lib/domain/document-types";

export const NUMBERED_DOC_TYPES = DOC_TYPES;

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
