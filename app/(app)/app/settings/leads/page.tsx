import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { LeadAssignmentForm } from "@/components/leads/lead-assignment-form";
import { Card, PageHeader } from "@/components/ui/card";
import { requirePermission } from "@/lib/auth/session";
import { findLeadAssignment } from "@/lib/crm/leads/lead-assignment";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("leads");
  return { title: t("settings.title") };
}

export default async function LeadAssignmentPage() {
  const actor = await requirePermission("settings.company.manage");
  const settings = await findLeadAssignment({ actor });
  const t = await getTranslations("leads");
  const ts = await getTranslations("settings");

  return (
    <div>
      <Breadcrumbs items={[{ label: ts("title"), href: "/app/settings" }, { label: t("settings.title") }]} />
      <PageHeader title={t("settings.title")} description={t("settings.description")} />
      <Card>
        <LeadAssignmentForm
          mode={settings.leadAssignment}
          roundRobinTeamId={settings.leadRoundRobinTeamId ?? ""}
          defaultOwnerId={settings.leadDefaultOwnerId ?? ""}
          rules={Object.fromEntries(settings.rules.map((r) => [r.region, r.userId]))}
          users={settings.users}
          teams={settings.teams}
        />
      </Card>
    </div>
  );
}
