import { z } from "zod";

// Which document to print or email. Shared by the email form's action (parsed with zod) and by
// services that email a document in their own transaction (quote sending, invoice issuing).

const Id = z.string().trim().min(1).max(64);
const Day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: "format" });

export const DocumentRef = z.discriminatedUnion("type", [
  z.object({ type: z.literal("quote"), id: Id, revision: z.coerce.number().int().min(1).max(10_000).optional() }),
  z.object({ type: z.literal("order"), id: Id }),
  z.object({ type: z.literal("delivery"), id: Id }),
  // An invoice or a credit note (both are Invoice rows).
  z.object({ type: z.literal("invoice"), id: Id }),
  z
    .object({ type: z.literal("statement"), accountId: Id, from: Day, to: Day })
    .refine((s) => s.from <= s.to, { error: "format", path: ["to"] }),
]);
export type DocumentRef = z.infer<typeof DocumentRef>;
