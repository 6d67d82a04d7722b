import { z } from "zod";

const Text = (max: number) => z.string().trim().max(max).default("");
const OptionalId = z.string().trim().max(50).default("");

export const DUPLICATE_TYPES = ["account", "contact", "lead"] as const;
export type DuplicateType = (typeof DUPLICATE_TYPES)[number];

/** What a create/edit form has typed so far; excludeId is the record being edited. */
export const DuplicateCheckInput = z.discriminatedUnion("type", [
  z.object({ type: z.literal("account"), name: Text(200), taxId: Text(50), excludeId: OptionalId }),
  z.object({ type: z.literal("contact"), accountId: OptionalId, name: Text(100), email: Text(320), phone: Text(50), mobile: Text(50), excludeId: OptionalId }),
  z.object({ type: z.literal("lead"), personName: Text(100), company: Text(200), email: Text(320), phone: Text(50), excludeId: OptionalId }),
]);
export type DuplicateCheckInput = z.output<typeof DuplicateCheckInput>;

/** Which record's value survives a merge, per field. */
const Side = z.enum(["survivor", "merged"]);

export const MergeInput = z.object({
  type: z.enum(DUPLICATE_TYPES),
  survivorId: z.string().trim().min(1).max(50),
  mergedId: z.string().trim().min(1).max(50),
  choices: z.record(z.string().max(40), Side).default({}),
});
export type MergeInput = z.output<typeof MergeInput>;
