import { z } from "zod";
import { ACTIVITY_TYPES, CALL_OUTCOMES, isLocalDateTime } from "@/lib/domain/activity";

const Text = (max: number) => z.string().trim().max(max).default("");
const Id = z.string().trim().min(1).max(50);
const OptionalId = z
  .string()
  .trim()
  .max(50)
  .default("")
  .transform((v) => (v === "" ? null : v));
const Bool = z.preprocess((v) => v === true || v === "on" || v === "true" || v === "1", z.boolean());

/** A `datetime-local` wall time in the company's zone, or "" for none (→ null). */
const LocalTime = z
  .string()
  .trim()
  .default("")
  .refine((v) => v === "" || isLocalDateTime(v), { error: "activities.dateTime" })
  .transform((v) => (v === "" ? null : v));

/** Whole minutes as text ("" = none). */
const Minutes = (max: number) =>
  z
    .string()
    .trim()
    .default("")
    .refine((v) => v === "" || (/^\d{1,6}$/.test(v) && Number(v) <= max), { error: "activities.minutes" })
    .transform((v) => (v === "" ? null : Number(v)));

const activityFields = {
  type: z.enum(ACTIVITY_TYPES),
  subject: z.string().trim().min(1).max(200),
  description: Text(5000),
  dueAt: LocalTime,
  endAt: LocalTime,
  allDay: Bool.default(false),
  durationMinutes: Minutes(1440),
  callOutcome: z.union([z.literal(""), z.enum(CALL_OUTCOMES)]).default(""),
  location: Text(200),
  // "Remind me N minutes before" (needs a due time), or a time of its own; the time wins.
  remindMinutes: Minutes(43200),
  remindAt: LocalTime,
  ownerId: OptionalId,
  done: Bool.default(false),
  leadId: OptionalId,
  accountId: OptionalId,
  contactId: OptionalId,
  opportunityId: OptionalId,
  serviceCaseId: OptionalId,
};

export const ActivityCreateInput = z.object(activityFields);
export type ActivityCreateInput = z.output<typeof ActivityCreateInput>;

export const ActivityUpdateInput = z.object({ id: Id, ...activityFields });
export type ActivityUpdateInput = z.output<typeof ActivityUpdateInput>;

export const ActivityDoneInput = z.object({ id: Id, done: Bool });
export type ActivityDoneInput = z.output<typeof ActivityDoneInput>;

export const ActivityIdInput = z.object({ id: Id });
export type ActivityIdInput = z.output<typeof ActivityIdInput>;

export const StageTaskInput = z.object({
  stageId: Id,
  titleZh: z.string().trim().min(1).max(200),
  titleEn: z.string().trim().min(1).max(200),
  dueInDays: z.coerce.number({ error: "activities.dueInDays" }).int({ error: "activities.dueInDays" }).min(0, { error: "activities.dueInDays" }).max(365, { error: "activities.dueInDays" }),
});
export type StageTaskInput = z.output<typeof StageTaskInput>;

export const StageTaskUpdateInput = StageTaskInput.omit({ stageId: true }).extend({ id: Id });
export type StageTaskUpdateInput = z.output<typeof StageTaskUpdateInput>;

export const StageTaskMoveInput = z.object({ id: Id, direction: z.enum(["up", "down"]) });
export type StageTaskMoveInput = z.output<typeof StageTaskMoveInput>;
