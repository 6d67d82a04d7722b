import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ActivityForm } from "@/components/activities/activity-form";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { Card, PageHeader } from "@/components/ui/card";
import { requirePermission } from "@/lib/auth/session";
import { findOwnerOptions } from "@/lib/crm/crm-scope";
import { ACTIVITY_TYPES, isDay, type ActivityType } from "@/lib/domain/activity";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("activities");
  return { title: t("detail.new") };
}

const text = (v: string | string[] | undefined) => (typeof v === "string" ? v.slice(0, 50) : "");

/** A new activity; `?account=…` (or contact, opportunity, lead, case) relates it, `?day=` pre-fills the date (from the calendar). */
export default async function NewActivityPage({ searchParams }: Props) {
  const actor = await requirePermission("crm.manage");
  const [raw, owners] = await Promise.all([searchParams, findOwnerOptions({ actor })]);
  const t = await getTranslations("activities");
  const type = (ACTIVITY_TYPES as readonly string[]).includes(text(raw.type)) ? (text(raw.type) as ActivityType) : "task";
  const day = text(raw.day);
  return (
    <div>
      <Breadcrumbs items={[{ label: t("myDay.title"), href: "/app/crm/activities" }, { label: t("detail.new") }]} />
      <PageHeader title={t("detail.new")} />
      <Card>
        <ActivityForm
          owners={owners}
          values={{
            type,
            subject: "",
            description: "",
            dueAt: isDay(day) ? `${day}T09:00` : "",
            endAt: "",
            allDay: false,
            durationMinutes: "",
            callOutcome: "",
            location: "",
            remindAt: "",
            ownerId: actor.id,
            done: false,
            related: { leadId: text(raw.lead), accountId: text(raw.account), contactId: text(raw.contact), opportunityId: text(raw.opportunity), serviceCaseId: text(raw.case) },
          }}
        />
      </Card>
    </div>
  );
}
