// Lead vocabulary and status machine, shared by validation, services, tables and the seed.
export const LEAD_SOURCES = ["web", "referral", "campaign", "trade_show", "cold_call", "enquiry", "other"] as const;
export type LeadSource = (typeof LEAD_SOURCES)[number];

export const LEAD_RATINGS = ["hot", "warm", "cold"] as const;
export type LeadRating = (typeof LEAD_RATINGS)[number];

export const LEAD_STATUSES = ["new", "working", "qualified", "disqualified", "converted"] as const;
export type LeadStatus = (typeof LEAD_STATUSES)[number];

/** Statuses a person may move a lead to by hand; "converted" is reached only by converting. */
export const LEAD_TARGET_STATUSES = ["working", "qualified", "disqualified"] as const;
export type LeadTargetStatus = (typeof LEAD_TARGET_STATUSES)[number];

export const LEAD_ASSIGNMENT_MODES = ["region", "round_robin"] as const;
export type LeadAssignmentMode = (typeof LEAD_ASSIGNMENT_MODES)[number];

const TRANSITIONS: Record<LeadStatus, readonly LeadTargetStatus[]> = {
  new: ["working", "qualified", "disqualified"],
  working: ["qualified", "disqualified"],
  // A qualified lead can go back to work or be dropped until it is converted.
  qualified: ["working", "disqualified"],
  // Reopening a disqualified lead puts it back to work.
  disqualified: ["working"],
  converted: [],
};

export function isLeadStatus(value: string): value is LeadStatus {
  return (LEAD_STATUSES as readonly string[]).includes(value);
}

/** The statuses a lead in `from` may move to by hand (none once converted). */
export function nextLeadStatuses(from: string): readonly LeadTargetStatus[] {
  return isLeadStatus(from) ? TRANSITIONS[from] : [];
}

export function canMoveLead(from: string, to: string): boolean {
  return (nextLeadStatuses(from) as readonly string[]).includes(to);
}

/** Only a qualified lead is converted; a converted lead is read-only. */
export function canConvertLead(status: string): boolean {
  return status === "qualified";
}

export function isLeadReadOnly(status: string): boolean {
  return status === "converted";
}

/**
 * Round-robin: the member after `lastUserId` in the stable member order, wrapping around; the
 * first member when the last one is unknown or left the team. Null for an empty team.
 */
export function nextRoundRobin(memberIds: readonly string[], lastUserId: string | null): string | null {
  if (memberIds.length === 0) return null;
  const at = lastUserId === null ? -1 : memberIds.indexOf(lastUserId);
  return memberIds[(at + 1) % memberIds.length];
}

/** The chosen configuration of an enquiry (JSON text) as label/value pairs; unreadable text is shown raw. */
export function configurationEntries(text: string): { label: string; value: string }[] | null {
  if (text.trim() === "") return [];
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return null;
  }
  const show = (v: unknown): string => (v === null || v === undefined ? "" : typeof v === "object" ? JSON.stringify(v) : String(v));
  if (Array.isArray(parsed)) {
    return parsed.map((item, i) => {
      if (item && typeof item === "object" && !Array.isArray(item)) {
        const o = item as Record<string, unknown>;
        const label = o.label ?? o.name ?? o.group ?? o.option ?? String(i + 1);
        const value = o.value ?? o.choice ?? o.valueLabel ?? o.code ?? "";
        return { label: show(label), value: show(value) };
      }
      return { label: String(i + 1), value: show(item) };
    });
  }
  if (parsed && typeof parsed === "object") return Object.entries(parsed as Record<string, unknown>).map(([label, value]) => ({ label, value: show(value) }));
  return null;
}
