import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/card";
import type { QuoteStatus } from "@/lib/validation/quotes";

const TONE = { draft: "slate", pending_approval: "amber", sent: "blue", accepted: "green", rejected: "red", expired: "red" } as const;

/** A quote's status as people read it (a draft or sent quote past its date shows "expired"). */
export function QuoteStatusBadge({ status }: { status: string }) {
  const t = useTranslations("quotes");
  const known = (status in TONE ? status : "draft") as QuoteStatus;
  return (
    <Badge tone={TONE[known]}>
      <span data-testid="quote-status" data-status={known}>{t(`statuses.${known}`)}</span>
    </Badge>
  );
}
