// Opportunity pipeline vocabulary, shared by validation, services, seeds and pages.
export const STAGE_KINDS = ["open", "won", "lost"] as const;
export type StageKind = (typeof STAGE_KINDS)[number];

export const RATINGS = ["hot", "warm", "cold"] as const;
export type Rating = (typeof RATINGS)[number];

export const FORECAST_CATEGORIES = ["pipeline", "best_case", "commit", "closed"] as const;
export type ForecastCategory = (typeof FORECAST_CATEGORIES)[number];

/** Opportunity fields a stage may require before it can be entered (PipelineStage.requiredFields). */
export const REQUIRABLE_FIELDS = ["contactId", "amount", "expectedCloseDate", "source", "competitors", "nextStep"] as const;
export type RequirableField = (typeof REQUIRABLE_FIELDS)[number];

export function parseRequiredFields(text: string): RequirableField[] {
  const names = text.split(",").map((s) => s.trim());
  return REQUIRABLE_FIELDS.filter((f) => names.includes(f));
}

/** The stages a new database starts with; an admin renames and reorders them later. */
export const DEFAULT_STAGES = [
  { key: "prospecting", nameZh: "初步接触", nameEn: "Prospecting", position: 1, defaultProbabilityBp: 1000, kind: "open" },
  { key: "qualification", nameZh: "需求确认", nameEn: "Qualification", position: 2, defaultProbabilityBp: 2500, kind: "open" },
  { key: "proposal", nameZh: "方案报价", nameEn: "Proposal", position: 3, defaultProbabilityBp: 5000, kind: "open" },
  { key: "negotiation", nameZh: "商务谈判", nameEn: "Negotiation", position: 4, defaultProbabilityBp: 7500, kind: "open" },
  { key: "won", nameZh: "赢单", nameEn: "Won", position: 5, defaultProbabilityBp: 10000, kind: "won" },
  { key: "lost", nameZh: "输单", nameEn: "Lost", position: 6, defaultProbabilityBp: 0, kind: "lost" },
] as const satisfies readonly { key: string; nameZh: string; nameEn: string; position: number; defaultProbabilityBp: number; kind: StageKind }[];

/** Whole days between two instants (time in stage), never negative. */
export function daysBetween(from: Date, to: Date): number {
  return Math.max(0, Math.floor((to.getTime() - from.getTime()) / 86_400_000));
}

/** A stage's display name follows the reader's locale. */
export function stageName(stage: { nameZh: string; nameEn: string }, locale: string): string {
  return locale === "zh-CN" ? stage.nameZh : stage.nameEn;
}
