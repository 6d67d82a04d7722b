import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { Plus } from "lucide-react";
import { buttonClass } from "@/components/ui/button";
import { Badge, Card } from "@/components/ui/card";
import type { Actor } from "@/lib/auth/actor";
import type { CaseCategory, CaseStatus } from "@/lib/domain/service-case";
import { findAccountServiceCases } from "@/lib/service/cases/find-service-cases";
import { statusTone } from "./format";

/** The account page's service cases section (only the cases the reader may see). */
export async function AccountServiceCases({ actor, accountId, manage }: { actor: Actor; accountId: string; manage: boolean }) {
  const [{ rows, total }, t, format] = await Promise.all([findAccountServiceCases({ actor, accountId }), getTranslations("service"), getFormatter()]);
  return (
    <Card>
      <div className="mb-3 flex items-center justify-between">
        <h2 className="text-sm font-semibold">
          <Link href={`/app/service/cases?account=${accountId}`} className="hover:underline">
            {t("account.title")}
          </Link>
        </h2>
        {manage && (
          <Link href={`/app/service/cases/new?account=${accountId}`} className={buttonClass("secondary")} data-testid="add-service-case">
            <Plus className="h-4 w-4" aria-hidden />
            {t("account.add")}
          </Link>
        )}
      </div>
      {rows.length === 0 ? (
        <p className="text-sm text-slate-500">{t("account.none")}</p>
      ) : (
        <ul className="divide-y divide-slate-200 dark:divide-slate-800" data-testid="account-service-cases">
          {rows.map((c) => (
            <li key={c.id} className="flex flex-wrap items-center justify-between gap-2 py-2 text-sm">
              <span>
                <Link href={`/app/service/cases/${c.id}`} className="font-medium text-brand-600 hover:underline dark:text-blue-400">
                  {c.number}
                </Link>
                <span className="ml-2">{c.subject}</span>
              </span>
              <span className="flex items-center gap-2 text-slate-600 dark:text-slate-400">
                {t(`categories.${c.category as CaseCategory}`)} · {format.dateTime(c.openedAt, { dateStyle: "medium" })}
                <Badge tone={statusTone(c.status)}>{t(`statuses.${c.status as CaseStatus}`)}</Badge>
              </span>
            </li>
          ))}
        </ul>
      )}
      {total > rows.length && (
        <Link href={`/app/service/cases?account=${accountId}`} className="mt-2 inline-block text-sm text-brand-600 hover:underline dark:text-blue-400">
          {t("account.all", { count: total })}
        </Link>
      )}
    </Card>
  );
}
