import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { caseProductLabel, dayAsDate } from "@/components/service/format";
import { Badge, Card, PageHeader } from "@/components/ui/card";
import { requirePermission } from "@/lib/auth/session";
import type { CaseCategory } from "@/lib/domain/service-case";
import { findCareCases, type CareCaseRow } from "@/lib/service/cases/find-care-cases";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("service");
  return { title: t("care.title") };
}

/** Customer care (客户关怀): the reader's follow-ups that are overdue, due today and coming up. */
export default async function CustomerCarePage() {
  const actor = await requirePermission("crm.read");
  const care = await findCareCases({ actor });
  const [t, format, locale] = await Promise.all([getTranslations("service"), getFormatter(), getLocale()]);

  const section = (key: "overdue" | "dueToday" | "upcoming", rows: CareCaseRow[], tone: "red" | "amber" | "slate") => (
    <Card key={key}>
      <h2 className="mb-3 flex items-center gap-2 text-sm font-semibold">
        {t(`care.${key}`)} <Badge tone={tone}>{rows.length}</Badge>
      </h2>
      {rows.length === 0 ? (
        <p className="text-sm text-slate-500">{t("care.none")}</p>
      ) : (
        <ul className="divide-y divide-slate-200 dark:divide-slate-800" data-testid={`care-${key}`}>
          {rows.map((c) => (
            <li key={c.id} className="flex flex-wrap items-center justify-between gap-2 py-2 text-sm">
              <div>
                <Link href={`/app/service/cases/${c.id}`} className="font-medium text-brand-600 hover:underline dark:text-blue-400">
                  {c.number}
                </Link>
                <span className="ml-2">{c.subject}</span>
                <div className="text-xs text-slate-500">
                  {[c.account.name, c.contact ? [c.contact.name, c.contact.mobile || c.contact.phone].filter(Boolean).join(" ") : "", caseProductLabel(c.product, c.productText, locale), t(`categories.${c.category as CaseCategory}`)]
                    .filter(Boolean)
                    .join(" · ")}
                </div>
              </div>
              <div className="text-right text-slate-600 dark:text-slate-400">
                <div>{format.dateTime(dayAsDate(c.followUpDate), { dateStyle: "medium", timeZone: "UTC" })}</div>
                {c.satisfaction !== null && <div className="text-xs">{`${t("care.lastSatisfaction")}: ${t("view.stars", { value: c.satisfaction })}`}</div>}
              </div>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );

  return (
    <div>
      <Breadcrumbs items={[{ label: t("title"), href: "/app/service/cases" }, { label: t("care.title") }]} />
      <PageHeader title={t("care.title")} description={t("care.description")} />
      <div className="space-y-4">
        {section("overdue", care.overdue, "red")}
        {section("dueToday", care.due, "amber")}
        {section("upcoming", care.upcoming, "slate")}
      </div>
    </div>
  );
}
