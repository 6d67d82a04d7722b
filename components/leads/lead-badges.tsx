import { Badge } from "@/components/ui/card";

const STATUS_TONES: Record<string, "slate" | "green" | "red" | "blue" | "amber"> = { new: "blue", working: "amber", qualified: "green", disqualified: "red", converted: "slate" };
const RATING_TONES: Record<string, "red" | "amber" | "blue"> = { hot: "red", warm: "amber", cold: "blue" };

/** The lead status as a coloured badge; the label comes translated from the caller. */
export function LeadStatusBadge({ status, label }: { status: string; label: string }) {
  return (
    <Badge tone={STATUS_TONES[status] ?? "slate"}>
      <span data-testid="lead-status">{label}</span>
    </Badge>
  );
}

export function LeadRatingBadge({ rating, label }: { rating: string; label: string }) {
  return <Badge tone={RATING_TONES[rating] ?? "slate"}>{label}</Badge>;
}
