import "server-only";
import type { Prisma } from "@/lib/db/generated/sqlite/client";

/** What a list row of activities shows: the activity, its owner and the record it is about. */
export const ACTIVITY_ROW_SELECT = {
  id: true, type: true, subject: true, description: true, dueAt: true, endAt: true, allDay: true, durationMinutes: true, callOutcome: true, location: true,
  done: true, doneAt: true, remindAt: true, createdAt: true, ownerId: true, stageTaskId: true,
  owner: { select: { id: true, name: true } },
  lead: { select: { id: true, personName: true } },
  account: { select: { id: true, name: true } },
  contact: { select: { id: true, name: true } },
  opportunity: { select: { id: true, name: true } },
  serviceCase: { select: { id: true, number: true } },
} as const;

export type RelatedKind = "lead" | "account" | "contact" | "opportunity" | "serviceCase";
export const RELATED_KINDS: readonly RelatedKind[] = ["lead", "account", "contact", "opportunity", "serviceCase"];

export type ActivityRow = Prisma.ActivityGetPayload<{ select: typeof ACTIVITY_ROW_SELECT }>;
