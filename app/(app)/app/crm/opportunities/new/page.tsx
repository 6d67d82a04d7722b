import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { OpportunityForm } from "@/components/pipeline/opportunity-form";
import { Card, PageHeader } from "@/components/ui/card";
import { requirePermission } from "@/lib/auth/session";
import { findOpportunityFormOptions } from "@/lib/crm/opportunities/find-opportunities";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("pipeline");
  return { title: t("newTitle") };
}

export default async function NewOpportunityPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePermission("crm.manage");
  const raw = (await searchParams).account;
  const options = await findOpportunityFormOptions({ actor, includeAccountId: typeof raw === "string" ? raw : undefined });
  // Only preselect an account the actor can see; the service re-checks the scope anyway.
  const accountId = typeof raw === "string" && options.accounts.some((a) => a.id === raw) ? raw : undefined;
  const ownerId = options.owners.some((o) => o.id === actor.id) ? actor.id : (options.owners[0]?.id ?? actor.id);
  const t = await getTranslations("pipeline");
  return (
    <div>
      <Breadcrumbs items={[{ label: t("title"), href: "/app/crm/opportunities" }, { label: t("newTitle") }]} />
      <PageHeader title={t("newTitle")} />
      <Card>
        <OpportunityForm options={options} accountId={accountId} ownerId={ownerId} />
      </Card>
    </div>
  );
}
