import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { LeadForm } from "@/components/leads/lead-form";
import { Card, PageHeader } from "@/components/ui/card";
import { requirePermission } from "@/lib/auth/session";
import { findOwnerOptions } from "@/lib/crm/crm-scope";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("leads");
  return { title: t("newTitle") };
}

export default async function NewLeadPage() {
  const actor = await requirePermission("crm.manage");
  const owners = await findOwnerOptions({ actor });
  const t = await getTranslations("leads");
  return (
    <div>
      <Breadcrumbs items={[{ label: t("title"), href: "/app/crm/leads" }, { label: t("newTitle") }]} />
      <PageHeader title={t("newTitle")} description={t("newDescription")} />
      <Card>
        <LeadForm defaultOwnerId={actor.id} owners={owners} allowRules={actor.role !== "sales"} />
      </Card>
    </div>
  );
}
