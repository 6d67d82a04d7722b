import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import type { RelatedKind } from "@/lib/crm/activities/activity-select";
import { findRelatedActivities } from "@/lib/crm/activities/find-activities";
import { instantToLocal } from "@/lib/domain/time-zone";
import { appTimeZone } from "@/lib/table/day-range";
import { ActivityList } from "./activity-list";
import { ActivityQuickForm } from "./activity-quick-form";

/**
 * The Activities card on a record's page (account, contact, opportunity, lead, service case):
 * quick entry for whoever may manage CRM data, then open activities and the latest done ones.
 * The page has already checked the record is visible to the actor.
 */
export async function ActivityPanel({ actor, kind, id }: { actor: Actor; kind: RelatedKind; id: string }) {
  const t = await getTranslations("activities");
  const { open, done } = await findRelatedActivities({ actor, kind, id });
  const manage = can(actor, "crm.manage");
  return (
    <Card data-testid="activity-panel">
      <h2 className="mb-3 text-sm font-semibold">{t("panel.title")}</h2>
      {manage && (
        <div className="mb-4">
          <ActivityQuickForm relatedField={`${kind}Id`} relatedId={id} nowLocal={instantToLocal(new Date(), appTimeZone())} />
        </div>
      )}
      {open.length === 0 && done.length === 0 ? (
        <p className="text-sm text-slate-500">{t("panel.empty")}</p>
      ) : (
        <div className="space-y-3">
          {open.length > 0 && (
            <section>
              <h3 className="text-xs font-medium uppercase tracking-wide text-slate-500">{t("panel.open")}</h3>
              <ActivityList rows={open} manage={manage} showRelated={kind === "account"} showOwner testId="activity-panel-open" />
            </section>
          )}
          {done.length > 0 && (
            <section>
              <h3 className="text-xs font-medium uppercase tracking-wide text-slate-500">{t("panel.done")}</h3>
              <ActivityList rows={done} manage={manage} showRelated={kind === "account"} showOwner testId="activity-panel-done" />
            </section>
          )}
        </div>
      )}
    </Card>
  );
}
