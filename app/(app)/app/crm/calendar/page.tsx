import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { ChevronLeft, ChevronRight } from "lucide-react";
import { ActivityTypeIcon } from "@/components/activities/activity-type-icon";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { buttonClass } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { inputClass } from "@/components/ui/field";
import { requirePermission } from "@/lib/auth/session";
import type { ActivityRow } from "@/lib/crm/activities/activity-select";
import { findActivityOwners, findCalendarActivities } from "@/lib/crm/activities/find-activities";
import { addDays, calendarGrid, isDay, type CalendarView } from "@/lib/domain/activity";
import { companyDay } from "@/lib/pricing/company-day";
import { startOfDay } from "@/lib/table/day-range";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("activities");
  return { title: t("calendar.title") };
}

const text = (v: string | string[] | undefined) => (typeof v === "string" ? v : "");
/** A month cell shows this many activities, then "+N more" (which opens that week). */
const MONTH_CELL = 3;

/** Month and week views of one's own activities (a manager: the team's, or one member's). */
export default async function CalendarPage({ searchParams }: Props) {
  const actor = await requirePermission("crm.read");
  const raw = await searchParams;
  const view: CalendarView = text(raw.view) === "week" ? "week" : "month";
  const today = companyDay();
  const day = isDay(text(raw.day)) ? text(raw.day) : today;
  const seesOthers = actor.role !== "sales";
  const owners = seesOthers ? await findActivityOwners({ actor }) : [];
  const ownerParam = text(raw.owner);
  const team = seesOthers && ownerParam === "team";
  const ownerId = seesOthers && owners.some((o) => o.id === ownerParam) ? ownerParam : undefined;
  const grid = calendarGrid(view, day);
  const from = startOfDay(grid.days[0]);
  const to = startOfDay(addDays(grid.days[grid.days.length - 1], 1));
  const rows = await findCalendarActivities({ actor, from, to, team, ownerId });
  const byDay = new Map<string, ActivityRow[]>();
  for (const row of rows) {
    const key = companyDay(row.dueAt!);
    byDay.set(key, [...(byDay.get(key) ?? []), row]);
  }

  const t = await getTranslations("activities");
  const format = await getFormatter();
  const whose = ownerId ?? (team ? "team" : "");
  const href = (changes: { view?: CalendarView; day?: string }) => {
    const q = new URLSearchParams({ view: changes.view ?? view, day: changes.day ?? day });
    if (whose) q.set("owner", whose);
    return `/app/crm/calendar?${q.toString()}`;
  };
  const noon = (d: string) => new Date(`${d}T12:00:00Z`);
  const heading =
    view === "month"
      ? format.dateTime(noon(`${grid.month}-01`), { year: "numeric", month: "long", timeZone: "UTC" })
      : `${format.dateTime(noon(grid.days[0]), { dateStyle: "medium", timeZone: "UTC" })} – ${format.dateTime(noon(grid.days[6]), { dateStyle: "medium", timeZone: "UTC" })}`;
  const tab = (active: boolean) => cn("rounded px-3 py-1 text-sm", active ? "bg-white font-medium shadow-sm dark:bg-slate-900" : "text-slate-600 dark:text-slate-300");

  return (
    <div>
      <Breadcrumbs items={[{ label: t("myDay.title"), href: "/app/crm/activities" }, { label: t("calendar.title") }]} />
      <PageHeader
        title={t("calendar.title")}
        actions={
          <div className="flex flex-wrap items-center gap-2">
            <div className="flex gap-1 rounded-md bg-slate-100 p-1 dark:bg-slate-800">
              <Link href={href({ view: "month" })} className={tab(view === "month")} data-testid="calendar-month">
                {t("calendar.month")}
              </Link>
              <Link href={href({ view: "week" })} className={tab(view === "week")} data-testid="calendar-week">
                {t("calendar.week")}
              </Link>
            </div>
            <Link href={href({ day: grid.prev })} className={buttonClass("secondary")} aria-label={t("calendar.previous")} data-testid="calendar-prev">
              <ChevronLeft className="h-4 w-4" aria-hidden />
            </Link>
            <Link href={href({ day: today })} className={buttonClass("secondary")}>
              {t("calendar.today")}
            </Link>
            <Link href={href({ day: grid.next })} className={buttonClass("secondary")} aria-label={t("calendar.next")} data-testid="calendar-next">
              <ChevronRight className="h-4 w-4" aria-hidden />
            </Link>
          </div>
        }
      />
      <Card>
        <div className="mb-3 flex flex-wrap items-center justify-between gap-3">
          <h2 className="text-base font-semibold" data-testid="calendar-heading">
            {heading}
          </h2>
          {seesOthers && (
            <form className="flex items-center gap-2" action="/app/crm/calendar">
              <input type="hidden" name="view" value={view} />
              <input type="hidden" name="day" value={day} />
              <label className="text-sm text-slate-600 dark:text-slate-300" htmlFor="calendar-owner">
                {t("calendar.owner")}
              </label>
              <select id="calendar-owner" name="owner" defaultValue={whose} className={cn(inputClass, "w-auto")} data-testid="calendar-owner">
                <option value="">{t("calendar.mine")}</option>
                <option value="team">{t("calendar.allOwners")}</option>
                {owners
                  .filter((o) => o.id !== actor.id)
                  .map((o) => (
                    <option key={o.id} value={o.id}>
                      {o.name}
                    </option>
                  ))}
              </select>
              <button type="submit" className={buttonClass("secondary")}>
                {t("calendar.show")}
              </button>
            </form>
          )}
        </div>
        <div className="grid grid-cols-7 border-l border-t border-slate-200 text-xs dark:border-slate-800" data-testid="calendar-grid">
          {grid.days.slice(0, 7).map((d) => (
            <div key={`h-${d}`} className="border-b border-r border-slate-200 bg-slate-50 px-2 py-1 font-medium text-slate-600 dark:border-slate-800 dark:bg-slate-800/50 dark:text-slate-300">
              {format.dateTime(noon(d), { weekday: "short", timeZone: "UTC" })}
            </div>
          ))}
          {grid.days.map((d) => {
            const items = byDay.get(d) ?? [];
            const shown = view === "month" ? items.slice(0, MONTH_CELL) : items;
            const outside = view === "month" && d.slice(0, 7) !== grid.month;
            return (
              <div
                key={d}
                data-testid={`calendar-day-${d}`}
                className={cn("min-h-24 border-b border-r border-slate-200 p-1 dark:border-slate-800", view === "week" && "min-h-64", outside && "bg-slate-50/60 text-slate-400 dark:bg-slate-900/40", d === today && "ring-2 ring-inset ring-brand-500")}
              >
                <div className="mb-1 text-right text-[11px] font-medium">{Number(d.slice(8))}</div>
                <ul className="space-y-0.5">
                  {shown.map((a) => (
                    <li key={a.id}>
                      <Link
                        href={`/app/crm/activities/${a.id}`}
                        title={a.subject}
                        data-testid="calendar-item"
                        className={cn("flex items-center gap-1 truncate rounded px-1 py-0.5 hover:bg-slate-100 dark:hover:bg-slate-800", a.done && "text-slate-400 line-through")}
                      >
                        <ActivityTypeIcon type={a.type} className="h-3 w-3 shrink-0" />
                        {!a.allDay && a.dueAt && <span className="shrink-0 text-slate-500">{format.dateTime(a.dueAt, { hour: "2-digit", minute: "2-digit" })}</span>}
                        <span className="truncate">{a.subject}</span>
                        {(team || ownerId) && <span className="shrink-0 text-slate-400">· {a.owner.name}</span>}
                      </Link>
                    </li>
                  ))}
                </ul>
                {items.length > shown.length && (
                  <Link href={href({ view: "week", day: d })} className="mt-0.5 block px-1 text-brand-600 hover:underline dark:text-blue-400">
                    {t("calendar.more", { count: items.length - shown.length })}
                  </Link>
                )}
              </div>
            );
          })}
        </div>
      </Card>
    </div>
  );
}
