import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/card";

const TONES = { draft: "slate", issued: "green", void: "red" } as const;

/** draft / issued / void. */
export function InvoiceStatusBadge({ status }: { status: string }) {
  const t = useTranslations("invoices.status");
  const s = (status in TONES ? status : "draft") as keyof typeof TONES;
  return <Badge tone={TONES[s]}>{t(s)}</Badge>;
}
