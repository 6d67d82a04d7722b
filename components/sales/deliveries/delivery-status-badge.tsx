import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/card";

const TONES = { draft: "slate", posted: "green", cancelled: "red" } as const;

/** draft / posted / cancelled, for deliveries and returns alike. */
export function DeliveryStatusBadge({ status }: { status: string }) {
  const t = useTranslations("deliveries.status");
  const s = (status in TONES ? status : "draft") as keyof typeof TONES;
  return <Badge tone={TONES[s]}>{t(s)}</Badge>;
}
