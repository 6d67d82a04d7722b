// After-sales service case vocabulary and rules (售后服务), shared by validation, services, seeds
// and pages. Pure, so the status machine and the month buckets are unit tested.

export const CASE_CATEGORIES = ["fault", "installation", "complaint", "enquiry", "care_visit"] as const;
export type CaseCategory = (typeof CASE_CATEGORIES)[number];

export const CASE_SEVERITIES = ["low", "medium", "high", "critical"] as const;
export type CaseSeverity = (typeof CASE_SEVERITIES)[number];

export const CASE_STATUSES = ["open", "in_progress", "resolved", "closed"] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

/** The fixed root-cause list for faults (故障分析). */
export const ROOT_CAUSES = ["design", "manufacturing", "wear", "misuse", "installation", "transport", "unknown"] as const;
export type RootCause = (typeof ROOT_CAUSES)[number];

/**
 * Allowed moves: open → in progress → resolved → closed; an open case may be resolved at once
 * (a quick enquiry); resolved or closed cases reopen to "in progress" with a reason.
 */
const TRANSITIONS: Record<CaseStatus, readonly CaseStatus[]> = {
  open: ["in_progress", "resolved"],
  in_progress: ["resolved"],
  resolved: ["closed", "in_progress"],
  closed: ["in_progress"],
};

export function canMove(from: string, to: string): boolean {
  return (TRANSITIONS[from as CaseStatus] ?? []).includes(to as CaseStatus);
}

/** The statuses a case in `from` may move to, in the order the buttons show them. */
export function nextStatuses(from: string): readonly CaseStatus[] {
  return TRANSITIONS[from as CaseStatus] ?? [];
}

/** Moving a resolved or closed case back to work is a reopen, which needs a reason. */
export function isReopen(from: string, to: string): boolean {
  return (from === "resolved" || from === "closed") && to === "in_progress";
}

/** Satisfaction and the follow-up date (客户关怀) belong to finished cases. */
export function isFinished(status: string): boolean {
  return status === "resolved" || status === "closed";
}

/**
 * What a status change does to the timestamps: resolving stamps resolvedAt, closing stamps
 * closedAt (and resolvedAt when it was never set), reopening clears both.
 */
export function statusTimestamps(to: CaseStatus, current: { resolvedAt: Date | null; closedAt: Date | null }, now: Date): { resolvedAt: Date | null; closedAt: Date | null } {
  switch (to) {
    case "resolved":
      return { resolvedAt: now, closedAt: null };
    case "closed":
      return { resolvedAt: current.resolvedAt ?? now, closedAt: now };
    default:
      return { resolvedAt: null, closedAt: null };
  }
}

/** A calendar month (YYYY-MM) in `timeZone` of an instant. */
export function monthOf(instant: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit" }).formatToParts(instant);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? "";
  return `${get("year")}-${get("month")}`;
}

/** The `count` months ending with the month of `now` (oldest first), as YYYY-MM. */
export function lastMonths(now: Date, count: number, timeZone: string): string[] {
  const [year, month] = monthOf(now, timeZone).split("-").map(Number);
  const out: string[] = [];
  for (let i = count - 1; i >= 0; i--) {
    const index = year * 12 + (month - 1) - i;
    out.push(`${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, "0")}`);
  }
  return out;
}

/** The first day of the month after `month` (YYYY-MM → YYYY-MM-01). */
export function nextMonthStart(month: string): string {
  const [year, m] = month.split("-").map(Number);
  return m === 12 ? `${year + 1}-01-01` : `${year}-${String(m + 1).padStart(2, "0")}-01`;
}

/** Today as YYYY-MM-DD in `timeZone` (follow-up dates are calendar days). */
export function today(now: Date, timeZone: string): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(now);
}

/** Sorted descending by count, ties by key, keeping the first `limit`. */
export function topCounts<K extends string>(rows: { key: K; count: number }[], limit: number): { key: K; count: number }[] {
  return [...rows].sort((a, b) => b.count - a.count || a.key.localeCompare(b.key)).slice(0, limit);
}
