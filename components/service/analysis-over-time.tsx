import { getFormatter, getTranslations } from "next-intl/server";
import { BarChart } from "@/components/charts/bar-chart";
import { Card } from "@/components/ui/card";
import { CASE_CATEGORIES } from "@/lib/domain/service-case";
import type { FaultAnalysis } from "@/lib/service/cases/find-fault-analysis";

/** Cases per month (12 months), stacked by category, with the same numbers as a table. */
export async function AnalysisOverTime({ months, categories }: { months: FaultAnalysis["overTime"]; categories: readonly (typeof CASE_CATEGORIES)[number][] }) {
  const [t, format] = await Promise.all([getTranslations("service"), getFormatter()]);
  const label = (month: string) => format.dateTime(new Date(`${month}-01T00:00:00Z`), { year: "numeric", month: "short", timeZone: "UTC" });
  return (
    <Card data-testid="analysis-over-time">
      <h2 className="mb-3 text-sm font-semibold">{t("analysis.overTime")}</h2>
      <BarChart
        ariaLabel={t("analysis.chartLabel", { title: t("analysis.overTime") })}
        labels={months.map((m) => label(m.month))}
        series={categories.map((c) => ({ label: t(`categories.${c}`), data: months.map((m) => m.counts[c]) }))}
        stacked
        height={300}
      />
      <div className="mt-4 overflow-x-auto">
        <table className="w-full text-sm">
          <thead className="text-left text-xs text-slate-500">
            <tr>
              <th className="py-1 font-medium">{t("analysis.month")}</th>
              {categories.map((c) => (
                <th key={c} className="py-1 text-right font-medium">
                  {t(`categories.${c}`)}
                </th>
              ))}
              <th className="py-1 text-right font-medium">{t("analysis.total")}</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100 dark:divide-slate-800">
            {months.map((m) => (
              <tr key={m.month} data-testid={`analysis-month-${m.month}`}>
                <td className="py-1 whitespace-nowrap">{label(m.month)}</td>
                {categories.map((c) => (
                  <td key={c} className="py-1 text-right tabular-nums">
                    {m.counts[c]}
                  </td>
                ))}
                <td className="py-1 text-right font-medium tabular-nums">{m.total}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </Card>
  );
}
