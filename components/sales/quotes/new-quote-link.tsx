import Link from "next/link";
import { useTranslations } from "next-intl";
import { FileText } from "lucide-react";
import { buttonClass } from "@/components/ui/button";

/** "New quote" on an account or opportunity page: the quote form starts from that record. */
export function NewQuoteLink({ accountId, opportunityId }: { accountId?: string; opportunityId?: string }) {
  const t = useTranslations("quotes");
  const query = opportunityId ? `opportunityId=${encodeURIComponent(opportunityId)}` : `accountId=${encodeURIComponent(accountId ?? "")}`;
  return (
    <Link href={`/app/sales/quotes/new?${query}`} className={buttonClass("secondary")} data-testid="new-quote-from-record">
      <FileText className="h-4 w-4" aria-hidden />
      {t("new")}
    </Link>
  );
}
