import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Plus } from "lucide-react";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import type { Actor } from "@/lib/auth/actor";
import { findAccountOpportunities } from "@/lib/crm/opportunities/find-opportunity";
import { basisPointsToPercent } from "@/lib/domain/basis-points";
import { displayMoney } from "@/lib/domain/money";
import { stageName } from "@/lib/domain/pipeline";

/** The account 360 page's opportunities section (only those the reader may see). */
export async function AccountOpportunities({ actor, accountId, manage }: { actor: Actor; accountId: string; manage: boolean }) {
  const [rows, t, locale] = await Promise.all([findAccountOpportunities({ actor, accountId }), getTranslations("pipeline"), getLocale()]);
  return (
    <Card>
      <div className="mb-3 flex items-center justify-between">
        <h2 className="text-sm font-semibold">{t("account.title")}</h2>
        {manage && (
          <Link href={`/app/crm/opportunities/new?account=${accountId}`} className={buttonClass("secondary")} data-testid="add-opportunity">
            <Plus className="h-4 w-4" aria-hidden />
            {t("account.add")}
          </Link>
        )}
      </div>
      {rows.length === 0 ? (
        <p className="text-sm text-slate-500">{t("account.none")}</p>
      ) : (
        <ul className="divide-y divide-slate-200 dark:divide-slate-800" data-testid="account-opportunities">
          {rows.map((o) => (
            <li key={o.id} className="flex flex-wrap items-center justify-between gap-2 py-2 text-sm">
              <Link href={`/app/crm/opportunities/${o.id}`} className="font-medium text-brand-600 hover:underline dark:text-blue-400">
                {o.name}
              </Link>
              <span className="text-slate-600 dark:text-slate-400">
                {[stageName(o.stage, locale), displayMoney(o.amount, o.currencyCode, locale), `${basisPointsToPercent(o.probabilityBp)} %`, o.expectedCloseDate].filter(Boolean).join(" · ")}
              </span>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
