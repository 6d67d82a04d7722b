import type { Metadata } from "next";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { z } from "zod";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { AnalysisOverTime } from "@/components/service/analysis-over-time";
import { AnalysisSection } from "@/components/service/analysis-section";
import { caseProductLabel, dayAsDate } from "@/components/service/format";
import { Button } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { Field, SelectField } from "@/components/ui/field";
import { requirePermission } from "@/lib/auth/session";
import { CASE_CATEGORIES, type RootCause } from "@/lib/domain/service-case";
import { findFaultAnalysis } from "@/lib/service/cases/find-fault-analysis";
import { filter } from "@/lib/table/params";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("service");
  return { title: t("analysis.title") };
}

// Lenient like the lists: a value that does not parse is ignored.
const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
const Day = filter.day();
const Category = z.enum(CASE_CATEGORIES);

/** Fault analysis (故障分析): the reader's cases by category, product, root cause and month. */
export default async function FaultAnalysisPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePermission("crm.read");
  const raw = await searchParams;
  const from = Day.safeParse(first(raw.from)).data;
  const to = Day.safeParse(first(raw.to)).data;
  const category = Category.safeParse(first(raw.category)).data;
  const a = await findFaultAnalysis({ actor, filters: { from, to, category } });
  const [t, format, locale] = await Promise.all([getTranslations("service"), getFormatter(), getLocale()]);
  const day = (d: string) => format.dateTime(dayAsDate(d), { dateStyle: "medium", timeZone: "UTC" });

  return (
    <div>
      <Breadcrumbs items={[{ label: t("title"), href: "/app/service/cases" }, { label: t("analysis.title") }]} />
      <PageHeader title={t("analysis.title")} description={t("analysis.description")} />
      <Card className="mb-4">
        <form method="get" className="flex flex-wrap items-end gap-3" data-testid="analysis-filters">
          <Field label={t("analysis.from")} name="from" type="date" defaultValue={a.period.from} />
          <Field label={t("analysis.to")} name="to" type="date" defaultValue={a.period.to} />
          <SelectField
            label={t("analysis.category")}
            name="category"
            defaultValue={category ?? ""}
            options={[{ value: "", label: t("analysis.allCategories") }, ...CASE_CATEGORIES.map((c) => ({ value: c, label: t(`categories.${c}`) }))]}
          />
          <Button type="submit">{t("analysis.apply")}</Button>
        </form>
      </Card>
      <div className="mb-4 grid gap-4 sm:grid-cols-3">
        <Card>
          <p className="text-xs text-slate-500">{t("analysis.total")}</p>
          <p className="text-2xl font-semibold tabular-nums" data-testid="analysis-total">
            {a.total}
          </p>
        </Card>
        <Card>
          <p className="text-xs text-slate-500">{t("analysis.avgSatisfaction")}</p>
          <p className="text-2xl font-semibold tabular-nums">{a.satisfaction.average === null ? t("analysis.noSatisfaction") : format.number(a.satisfaction.average, { maximumFractionDigits: 2 })}</p>
        </Card>
        <Card>
          <p className="text-xs text-slate-500">{t("analysis.periodLabel")}</p>
          <p className="text-sm font-medium">{t("analysis.period", { from: day(a.period.from), to: day(a.period.to) })}</p>
        </Card>
      </div>
      <div className="grid gap-4 lg:grid-cols-2">
        <AnalysisSection id="category" title={t("analysis.byCategory")} total={a.total} rows={a.byCategory.map((r) => ({ key: r.key, label: t(`categories.${r.key}`), count: r.count }))} />
        <AnalysisSection
          id="root-cause"
          title={t("analysis.byRootCause")}
          total={a.byRootCause.reduce((s, r) => s + r.count, 0)}
          rows={a.byRootCause.map((r) => ({ key: r.key, label: t.has(`rootCauses.${r.key}` as "rootCauses.wear") ? t(`rootCauses.${r.key as RootCause}`) : r.key, count: r.count }))}
        />
        <div className="lg:col-span-2">
          <AnalysisOverTime months={a.overTime} categories={category ? [category] : CASE_CATEGORIES} />
        </div>
        <div className="lg:col-span-2">
          <AnalysisSection id="product" title={t("analysis.byProduct")} total={a.total} horizontal rows={a.byProduct.map((r) => ({ key: r.key, label: caseProductLabel(r.product, r.text, locale), count: r.count }))} />
        </div>
      </div>
    </div>
  );
}
