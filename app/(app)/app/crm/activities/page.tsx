import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { CalendarDays, Plus } from "lucide-react";
import { ActivityList } from "@/components/activities/activity-list";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { buttonClass } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { can } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";
import { findMyDay } from "@/lib/crm/activities/find-activities";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("activities");
  return { title: t("myDay.title") };
}

/** "My day": overdue, today and the next seven days, with the done toggle inline; managers can look at the team. */
export default async function MyDayPage({ searchParams }: Props) {
  const actor = await requirePermission("crm.read");
  const raw = await searchParams;
  const seesOthers = actor.role !== "sales";
  const team = seesOthers && raw.team === "1";
  const now = new Date();
  const day = await findMyDay({ actor, team, now });
  const t = await getTranslations("activities");
  const manage = can(actor, "crm.manage");
  const sections = [
    { key: "overdue", rows: day.overdue },
    { key: "today", rows: day.today },
    { key: "upcoming", rows: day.upcoming },
    { key: "undated", rows: day.undated },
  ] as const;
  const toggle = (active: boolean) => cn("rounded px-3 py-1 text-sm", active ? "bg-white font-medium shadow-sm dark:bg-slate-900" : "text-slate-600 dark:text-slate-300");

  return (
    <div>
      <Breadcrumbs items={[{ label: t("myDay.title") }]} />
      <PageHeader
        title={t("myDay.title")}
        description={t("myDay.description")}
        actions={
          <>
            {seesOthers && (
              <div className="flex gap-1 rounded-md bg-slate-100 p-1 dark:bg-slate-800" data-testid="my-day-whose">
                <Link href="/app/crm/activities" className={toggle(!team)}>
                  {t("myDay.mine")}
                </Link>
                <Link href="/app/crm/activities?team=1" className={toggle(team)}>
                  {t("myDay.team")}
                </Link>
              </div>
            )}
            <Link href="/app/crm/calendar" className={buttonClass("secondary")}>
              <CalendarDays className="h-4 w-4" aria-hidden />
              {t("myDay.calendar")}
            </Link>
            {manage && (
              <Link href="/app/crm/activities/new" className={buttonClass()} data-testid="new-activity">
                <Plus className="h-4 w-4" aria-hidden />
                {t("myDay.new")}
              </Link>
            )}
          </>
        }
      />
      {raw.deleted === "1" && (
        <p role="status" data-testid="form-success" className="mb-4 rounded-md bg-green-50 px-3 py-2 text-sm text-green-700 dark:bg-green-950 dark:text-green-300">
          {t("detail.deleted")}
        </p>
      )}
      <div className="grid gap-4 lg:grid-cols-2">
        {sections.map((section) => (
          <Card key={section.key} data-testid={`my-day-${section.key}`}>
            <h2 className={cn("mb-2 text-sm font-semibold", section.key === "overdue" && section.rows.length > 0 && "text-red-600 dark:text-red-400")}>
              {t(`myDay.${section.key}`)} <span className="font-normal text-slate-500">({section.rows.length})</span>
            </h2>
            <ActivityList rows={section.rows} manage={manage} showOwner={team} now={now} />
          </Card>
        ))}
      </div>
    </div>
  );
}
