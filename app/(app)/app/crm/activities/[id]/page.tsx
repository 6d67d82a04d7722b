import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { ActivityDoneToggle } from "@/components/activities/activity-done-toggle";
import { ActivityForm } from "@/components/activities/activity-form";
import { ActivityTypeIcon } from "@/components/activities/activity-type-icon";
import { RelatedLinks } from "@/components/activities/related-link";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { Card, PageHeader } from "@/components/ui/card";
import { ConfirmDeleteForm } from "@/components/ui/confirm-delete-form";
import { Fact } from "@/components/ui/fact";
import { deleteActivityAction } from "@/lib/actions/activities";
import { can } from "@/lib/auth/permissions";
import { getActor, requirePermission } from "@/lib/auth/session";
import { findActivity } from "@/lib/crm/activities/find-activity";
import { findOwnerOptions } from "@/lib/crm/crm-scope";
import type { ActivityType, CallOutcome } from "@/lib/domain/activity";
import { instantToLocal } from "@/lib/domain/time-zone";
import { NotFoundError } from "@/lib/errors";
import { appTimeZone } from "@/lib/table/day-range";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

async function load(id: string) {
  const actor = await requirePermission("crm.read");
  try {
    return { actor, activity: await findActivity({ actor, id }) };
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  // Nothing about the record in the title unless the viewer may see it.
  if (!can(await getActor(), "crm.read")) return {};
  const { activity } = await load((await params).id);
  return { title: activity.subject };
}

/** One activity: its facts, the done toggle, the edit form and delete. */
export default async function ActivityPage({ params, searchParams }: Props) {
  const { actor, activity: a } = await load((await params).id);
  const raw = await searchParams;
  const t = await getTranslations("activities");
  const format = await getFormatter();
  const manage = can(actor, "crm.manage");
  const owners = manage ? await findOwnerOptions({ actor }) : [];
  // The current owner stays selectable even when the actor could not assign them now.
  const ownerOptions = owners.some((o) => o.id === a.ownerId) ? owners : [{ id: a.owner.id, name: a.owner.name }, ...owners];
  const zone = appTimeZone();
  const when = (d: Date | null) => (d ? format.dateTime(d, { dateStyle: "medium", timeStyle: "short" }) : t("detail.none"));

  return (
    <div>
      <Breadcrumbs items={[{ label: t("myDay.title"), href: "/app/crm/activities" }, { label: a.subject }]} />
      <PageHeader title={a.subject} description={`${t(`types.${a.type as ActivityType}`)} · ${a.owner.name}`} actions={<ActivityDoneToggle id={a.id} done={a.done} disabled={!manage} />} />
      {raw.created === "1" && (
        <p role="status" data-testid="form-success" className="mb-4 rounded-md bg-green-50 px-3 py-2 text-sm text-green-700 dark:bg-green-950 dark:text-green-300">
          {t("detail.created")}
        </p>
      )}
      <div className="grid gap-4 lg:grid-cols-3">
        <Card>
          <dl className="grid gap-3" data-testid="activity-facts">
            <Fact label={t("fields.type")}>
              <span className="inline-flex items-center gap-1.5">
                <ActivityTypeIcon type={a.type} />
                {t(`types.${a.type as ActivityType}`)}
              </span>
            </Fact>
            <Fact label={t("fields.dueAt")}>{when(a.dueAt)}</Fact>
            {a.endAt && <Fact label={t("fields.endAt")}>{when(a.endAt)}</Fact>}
            {a.type === "call" && a.callOutcome && <Fact label={t("fields.callOutcome")}>{t(`outcomes.${a.callOutcome as CallOutcome}`)}</Fact>}
            {a.durationMinutes !== null && <Fact label={t("fields.durationMinutes")}>{t("minutes", { count: a.durationMinutes })}</Fact>}
            {a.location && <Fact label={t("fields.location")}>{a.location}</Fact>}
            <Fact label={t("fields.related")}>
              <RelatedLinks activity={a} />
            </Fact>
            <Fact label={t("detail.remindAt")}>{when(a.remindAt)}</Fact>
            <Fact label={t("detail.createdAt")}>{when(a.createdAt)}</Fact>
            {a.doneAt && <Fact label={t("detail.doneAt")}>{when(a.doneAt)}</Fact>}
            {a.description && <Fact label={t("fields.description")}>{a.description}</Fact>}
          </dl>
        </Card>
        {manage && (
          <Card className="lg:col-span-2">
            <h2 className="mb-3 text-sm font-semibold">{t("detail.edit")}</h2>
            <ActivityForm
              key={a.updatedAt.toISOString()}
              owners={ownerOptions}
              values={{
                id: a.id,
                type: a.type as ActivityType,
                subject: a.subject,
                description: a.description,
                dueAt: a.dueAt ? instantToLocal(a.dueAt, zone) : "",
                endAt: a.endAt ? instantToLocal(a.endAt, zone) : "",
                allDay: a.allDay,
                durationMinutes: a.durationMinutes === null ? "" : String(a.durationMinutes),
                callOutcome: a.callOutcome,
                location: a.location,
                remindAt: a.remindAt ? instantToLocal(a.remindAt, zone) : "",
                ownerId: a.ownerId,
                done: a.done,
                related: { leadId: a.leadId ?? "", accountId: a.accountId ?? "", contactId: a.contactId ?? "", opportunityId: a.opportunityId ?? "", serviceCaseId: a.serviceCaseId ?? "" },
              }}
            />
            <div className="mt-6 border-t border-slate-200 pt-4 dark:border-slate-800">
              <ConfirmDeleteForm action={deleteActivityAction} id={a.id} label={t("detail.delete")} confirm={t("detail.deleteConfirm")} testId="activity-delete" />
            </div>
          </Card>
        )}
      </div>
    </div>
  );
}
