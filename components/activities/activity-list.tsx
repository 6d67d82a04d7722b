import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/card";
import type { ActivityRow } from "@/lib/crm/activities/activity-select";
import type { ActivityType, CallOutcome } from "@/lib/domain/activity";
import { ActivityDoneToggle } from "./activity-done-toggle";
import { ActivityTypeIcon } from "./activity-type-icon";
import { RelatedLinks } from "./related-link";

/**
 * Activity rows with an inline done toggle: type, subject (opens the activity), due time, what it
 * is about and, when the list mixes owners, whose it is.
 */
export async function ActivityList({ rows, manage, showOwner = false, showRelated = true, now = new Date(), testId }: { rows: ActivityRow[]; manage: boolean; showOwner?: boolean; showRelated?: boolean; now?: Date; testId?: string }) {
  const t = await getTranslations("activities");
  const format = await getFormatter();
  if (rows.length === 0) return <p className="text-sm text-slate-500">{t("myDay.empty")}</p>;
  return (
    <ul className="divide-y divide-slate-100 dark:divide-slate-800" data-testid={testId}>
      {rows.map((a) => {
        const overdue = !a.done && a.dueAt !== null && a.dueAt < now;
        const details = [
          a.type === "call" && a.callOutcome ? t(`outcomes.${a.callOutcome as CallOutcome}`) : "",
          a.durationMinutes ? t("minutes", { count: a.durationMinutes }) : "",
          a.location,
        ].filter(Boolean);
        return (
          <li key={a.id} className="flex items-start gap-3 py-2 text-sm" data-testid="activity-row">
            <ActivityDoneToggle id={a.id} done={a.done} disabled={!manage} />
            <ActivityTypeIcon type={a.type} />
            <div className="min-w-0 flex-1">
              <div className="flex flex-wrap items-center gap-2">
                <span className="text-xs text-slate-500">{t(`types.${a.type as ActivityType}`)}</span>
                <Link href={`/app/crm/activities/${a.id}`} className={a.done ? "text-slate-500 line-through hover:underline" : "font-medium text-brand-600 hover:underline dark:text-blue-400"}>
                  {a.subject}
                </Link>
                {a.stageTaskId && <Badge tone="blue">{t("checklist")}</Badge>}
                {overdue && <Badge tone="red">{t("overdueBadge")}</Badge>}
              </div>
              <div className="mt-0.5 flex flex-wrap gap-x-3 text-xs text-slate-500">
                {a.dueAt && <time dateTime={a.dueAt.toISOString()}>{format.dateTime(a.dueAt, a.allDay ? { dateStyle: "medium" } : { dateStyle: "medium", timeStyle: "short" })}</time>}
                {details.length > 0 && <span>{details.join(" · ")}</span>}
                {showRelated && <RelatedLinks activity={a} />}
                {showOwner && <span>{a.owner.name}</span>}
              </div>
            </div>
          </li>
        );
      })}
    </ul>
  );
}
