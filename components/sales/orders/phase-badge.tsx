import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/card";
import type { OrderPhase } from "@/lib/domain/order-status";

const TONE: Record<OrderPhase, "slate" | "green" | "red" | "blue" | "amber"> = {
  draft: "slate",
  on_hold: "red",
  confirmed: "blue",
  partially_delivered: "amber",
  delivered: "blue",
  partially_invoiced: "amber",
  invoiced: "green",
  closed: "green",
  cancelled: "slate",
};

/** An order's phase as a coloured badge (server or client). */
export function PhaseBadge({ phase }: { phase: OrderPhase }) {
  const t = useTranslations("orders.phases");
  return (
    <Badge tone={TONE[phase]}>
      <span data-testid="order-phase">{t(phase)}</span>
    </Badge>
  );
}
