import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { GitMerge } from "lucide-react";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { DuplicateReasons } from "@/components/quality/duplicate-reasons";
import { buttonClass } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { requirePermission } from "@/lib/auth/session";
import { findDuplicatePairs, type PairSide } from "@/lib/crm/duplicates/find-duplicate-pairs";
import { recordHref } from "@/lib/crm/duplicates/record-href";
import { DUPLICATE_TYPES, type DuplicateType } from "@/lib/validation/duplicates";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("quality");
  return { title: t("duplicates.title") };
}

function first(value: string | string[] | undefined): string {
  return Array.isArray(value) ? (value[0] ?? "") : (value ?? "");
}

function Side({ type, side }: { type: DuplicateType; side: PairSide }) {
  return (
    <div>
      <Link href={recordHref(type, side.id)} className="font-medium text-brand-700 hover:underline dark:text-brand-300">
        {side.label}
      </Link>
      {side.detail && <div className="text-xs text-slate-500">{side.detail}</div>}
    </div>
  );
}

/** Likely duplicate pairs per record type (tabs), strongest first, with a link to compare and merge. */
export default async function DuplicatesPage({ searchParams }: Props) {
  const actor = await requirePermission("crm.manage");
  const raw = await searchParams;
  const type: DuplicateType = (DUPLICATE_TYPES as readonly string[]).includes(first(raw.type)) ? (first(raw.type) as DuplicateType) : "account";
  const requested = Number.parseInt(first(raw.page), 10);
  const { rows, total, page, pages } = await findDuplicatePairs({ actor, type, page: Number.isFinite(requested) ? requested : 1 });
  const t = await getTranslations("quality");
  const pageHref = (p: number) => `/app/crm/duplicates?type=${type}&page=${p}`;

  return (
    <div>
      <Breadcrumbs items={[{ label: t("duplicates.title") }]} />
      <PageHeader title={t("duplicates.title")} description={t("duplicates.description")} />
      <nav className="mb-4 flex gap-1 border-b border-slate-200 dark:border-slate-800" aria-label={t("duplicates.title")}>
        {DUPLICATE_TYPES.map((tab) => (
          <Link
            key={tab}
            href={`/app/crm/duplicates?type=${tab}`}
            aria-current={tab === type ? "page" : undefined}
            data-testid={`duplicates-tab-${tab}`}
            className={cn(
              "-mb-px border-b-2 px-3 py-2 text-sm font-medium",
              tab === type ? "border-brand-600 text-brand-700 dark:text-brand-300" : "border-transparent text-slate-600 hover:text-slate-900 dark:text-slate-400",
            )}
          >
            {t(`duplicates.tabs.${tab}`)}
          </Link>
        ))}
      </nav>
      <Card className="p-0">
        {rows.length === 0 ? (
          <p className="p-5 text-sm text-slate-500" data-testid="duplicates-empty">
            {t("duplicates.none")}
          </p>
        ) : (
          <table className="w-full text-sm" data-testid="duplicate-pairs">
            <thead className="border-b border-slate-200 text-left text-xs uppercase text-slate-500 dark:border-slate-800">
              <tr>
                <th className="px-4 py-2">{t("duplicates.columns.first")}</th>
                <th className="px-4 py-2">{t("duplicates.columns.second")}</th>
                <th className="px-4 py-2">{t("duplicates.columns.reasons")}</th>
                <th className="px-4 py-2" />
              </tr>
            </thead>
            <tbody>
              {rows.map((pair) => (
                <tr key={`${pair.a.id}:${pair.b.id}`} className="border-b border-slate-100 last:border-0 dark:border-slate-800" data-testid="duplicate-pair">
                  <td className="px-4 py-2 align-top">
                    <Side type={type} side={pair.a} />
                  </td>
                  <td className="px-4 py-2 align-top">
                    <Side type={type} side={pair.b} />
                  </td>
                  <td className="px-4 py-2 align-top">
                    <DuplicateReasons reasons={pair.reasons} />
                  </td>
                  <td className="px-4 py-2 text-right align-top">
                    <Link href={`/app/crm/duplicates/merge?type=${type}&a=${pair.a.id}&b=${pair.b.id}`} className={buttonClass("secondary")} data-testid="compare-pair">
                      <GitMerge className="h-4 w-4" aria-hidden />
                      {t("duplicates.compare")}
                    </Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <div className="flex items-center justify-between border-t border-slate-200 px-4 py-2 text-sm text-slate-600 dark:border-slate-800">
          <span data-testid="duplicates-total">{t("duplicates.total", { total })}</span>
          {pages > 1 && (
            <span className="flex items-center gap-3">
              {page > 1 && <Link href={pageHref(page - 1)}>{t("duplicates.previous")}</Link>}
              <span>{t("duplicates.page", { page, pages })}</span>
              {page < pages && <Link href={pageHref(page + 1)}>{t("duplicates.next")}</Link>}
            </span>
          )}
        </div>
      </Card>
    </div>
  );
}
