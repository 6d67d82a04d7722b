import { getFormatter, getTranslations } from "next-intl/server";
import { BarChart } from "@/components/charts/bar-chart";
import { Card } from "@/components/ui/card";

type Row = { key: string; label: string; count: number };

/** One breakdown of the fault analysis: a bar chart over a table of counts and shares. */
export async function AnalysisSection({ id, title, rows, total, horizontal = false }: { id: string; title: string; rows: Row[]; total: number; horizontal?: boolean }) {
  const [t, format] = await Promise.all([getTranslations("service"), getFormatter()]);
  return (
    <Card data-testid={`analysis-${id}`}>
      <h2 className="mb-3 text-sm font-semibold">{title}</h2>
      {rows.length === 0 || total === 0 ? (
        <p className="text-sm text-slate-500">{t("analysis.noData")}</p>
      ) : (
        <>
          <BarChart ariaLabel={t("analysis.chartLabel", { title })} labels={rows.map((r) => r.label)} series={[{ label: t("analysis.count"), data: rows.map((r) => r.count) }]} horizontal={horizontal} />
          <table className="mt-4 w-full text-sm">
            <thead className="text-left text-xs text-slate-500">
              <tr>
                <th className="py-1 font-medium">{title}</th>
                <th className="py-1 text-right font-medium">{t("analysis.count")}</th>
                <th className="py-1 text-right font-medium">{t("analysis.share")}</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100 dark:divide-slate-800">
              {rows.map((r) => (
                <tr key={r.key} data-testid={`analysis-${id}-${r.key}`}>
                  <td className="py-1">{r.label}</td>
                  <td className="py-1 text-right tabular-nums" data-testid="count">
                    {r.count}
                  </td>
                  <td className="py-1 text-right text-slate-500 tabular-nums">{format.number(r.count / total, { style: "percent", maximumFractionDigits: 1 })}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </Card>
  );
}
