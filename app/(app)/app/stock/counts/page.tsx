import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { CountStartForm } from "@/components/stock/count-start-form";
import { Badge, Card, PageHeader } from "@/components/ui/card";
import { requirePermission } from "@/lib/auth/session";
import { findStockCounts } from "@/lib/stock/counts/find-stock-counts";
import { findCategoryOptions, findWarehouseOptions } from "@/lib/stock/find-stock-filter-options";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("stock.counts");
  return { title: t("title") };
}

const TONE = { draft: "blue", posted: "green", cancelled: "slate" } as const;

export default async function StockCountsPage() {
  const actor = await requirePermission("stock.manage");
  const [counts, warehouses, categories, t, format] = await Promise.all([
    findStockCounts({ actor }),
    findWarehouseOptions({ activeOnly: true }),
    findCategoryOptions(actor.locale),
    getTranslations("stock"),
    getFormatter(),
  ]);
  const th = "whitespace-nowrap px-3 py-2 font-medium";
  return (
    <div>
      <Breadcrumbs items={[{ label: t("title"), href: "/app/stock" }, { label: t("counts.title") }]} />
      <PageHeader title={t("counts.title")} description={t("counts.description")} />
      <Card className="mb-6">
        <h2 className="mb-3 text-sm font-semibold">{t("counts.start.title")}</h2>
        <CountStartForm warehouses={warehouses} categories={categories} />
      </Card>
      <Card className="p-0">
        {counts.length === 0 ? (
          <p className="px-3 py-10 text-center text-slate-500">{t("counts.empty")}</p>
        ) : (
          <div className="overflow-x-auto">
            <table className="min-w-full text-left text-sm" data-testid="counts-table">
              <thead className="bg-slate-50 text-xs uppercase tracking-wide text-slate-500 dark:bg-slate-800/50 dark:text-slate-400">
                <tr>
                  <th scope="col" className={th}>{t("counts.columns.started")}</th>
                  <th scope="col" className={th}>{t("counts.columns.warehouse")}</th>
                  <th scope="col" className={th}>{t("counts.columns.status")}</th>
                  <th scope="col" className={`${th} text-right`}>{t("counts.columns.lines")}</th>
                  <th scope="col" className={`${th} text-right`}>{t("counts.columns.counted")}</th>
                  <th scope="col" className={th}>{t("counts.columns.createdBy")}</th>
                  <th scope="col" className={th}>{t("counts.columns.operation")}</th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100 dark:divide-slate-800">
                {counts.map((c) => (
                  <tr key={c.id} data-testid="count-row">
                    <td className="whitespace-nowrap px-3 py-2">
                      <Link href={`/app/stock/counts/${c.id}`} className="text-brand-600 hover:underline dark:text-blue-400">
                        {format.dateTime(c.createdAt, { dateStyle: "medium", timeStyle: "short" })}
                      </Link>
                      {c.note && <span className="ml-2 text-xs text-slate-500">{c.note}</span>}
                    </td>
                    <td className="px-3 py-2">{c.warehouse}</td>
                    <td className="px-3 py-2">
                      <Badge tone={TONE[c.status as keyof typeof TONE] ?? "slate"}>{t(`counts.status.${c.status as "draft"}`)}</Badge>
                    </td>
                    <td className="px-3 py-2 text-right tabular-nums">{c.lines}</td>
                    <td className="px-3 py-2 text-right tabular-nums">{c.counted ?? ""}</td>
                    <td className="px-3 py-2">{c.createdBy}</td>
                    <td className="px-3 py-2 font-mono">
                      {c.operation && (
                        <Link href={`/app/stock/operations/${c.operation.id}`} className="text-brand-600 hover:underline dark:text-blue-400">
                          {c.operation.number}
                        </Link>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Card>
    </div>
  );
}
