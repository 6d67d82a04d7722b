// Test data for activity integration tests: inputs for the services and rows straight to the
// database, so a test sets up exactly the state it needs.
import type { ActivityCreateInput } from "@/lib/validation/activity";

/** A complete create input (a task with no date, about nothing) with the given changes. */
export function activityInput(changes: Partial<ActivityCreateInput> = {}): ActivityCreateInput {
  return {
    type: "task", subject: "Follow up", description: "", dueAt: null, endAt: null, allDay: false, durationMinutes: null, callOutcome: "", location: "",
    remindMinutes: null, remindAt: null, ownerId: null, done: false, leadId: null, accountId: null, contactId: null, opportunityId: null, serviceCaseId: null, ...changes,
  };
}
