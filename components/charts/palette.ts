// One colour order for every chart, readable on light and dark backgrounds (Tailwind 500s).
export const CHART_COLOURS = ["#3b82f6", "#f59e0b", "#10b981", "#ef4444", "#8b5cf6", "#06b6d4", "#ec4899", "#84cc16", "#f97316", "#64748b"] as const;

export function chartColour(index: number): string {
  return CHART_COLOURS[index % CHART_COLOURS.length];
}
