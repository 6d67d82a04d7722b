import { z } from "zod";
import { LineInput, MAX_LINES } from "./lines";

// Quote forms and actions. Money, quantities and percentages stay text here: the services parse
// them exactly in the document's currency (lib/domain/line-input.ts).

const Id = z.string().trim().min(1).max(50);
const OptionalId = z
  .string()
  .trim()
  .max(50)
  .default("")
  .transform((v) => (v === "" ? null : v));
const Day = z.string().trim().regex(/^\d{4}-\d{2}-\d{2}$/);

/** A quote line: the shared line plus its VAT rate in percent ("" = the product's rate). */
export const QuoteLineInput = LineInput.extend({ vatRate: z.string().trim().max(6).default("") });
export type QuoteLineInput = z.output<typeof QuoteLineInput>;

const QuoteHeader = {
  contactId: OptionalId,
  title: z.string().trim().max(200).default(""),
  currencyCode: z.string().trim().length(3),
  priceListId: OptionalId,
  validUntil: Day,
  paymentTermsDays: z.coerce.number().int().min(0).max(365),
  notes: z.string().trim().max(5000).default(""),
  terms: z.string().trim().max(10000).default(""),
  lines: z.array(QuoteLineInput).min(1).max(MAX_LINES),
};

export const QuoteCreateInput = z.object({ accountId: Id, opportunityId: OptionalId, ...QuoteHeader });
export type QuoteCreateInput = z.output<typeof QuoteCreateInput>;

export const QuoteUpdateInput = z.object({ id: Id, ...QuoteHeader });
export type QuoteUpdateInput = z.output<typeof QuoteUpdateInput>;

export const QuoteIdInput = z.object({ id: Id });
export type QuoteIdInput = z.output<typeof QuoteIdInput>;

/** A manager's decision on a discount above the author's limit. */
export const QuoteApprovalInput = z.object({ id: Id, decision: z.enum(["approve", "reject"]), comment: z.string().trim().max(2000).default("") });
export type QuoteApprovalInput = z.output<typeof QuoteApprovalInput>;

/** The customer said no. */
export const QuoteRejectInput = z.object({ id: Id, reason: z.string().trim().min(1).max(2000) });
export type QuoteRejectInput = z.output<typeof QuoteRejectInput>;

/** Accepting names the revision the customer saw, so a newer revision is never accepted by mistake. */
export const QuoteAcceptInput = z.object({ id: Id, revision: z.coerce.number().int().min(1).max(10_000) });
export type QuoteAcceptInput = z.output<typeof QuoteAcceptInput>;

export const QUOTE_STATUSES = ["draft", "pending_approval", "sent", "accepted", "rejected", "expired"] as const;
export type QuoteStatus = (typeof QUOTE_STATUSES)[number];
