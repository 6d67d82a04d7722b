import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { ServiceCaseForm } from "@/components/service/service-case-form";
import { Card, PageHeader } from "@/components/ui/card";
import { requirePermission } from "@/lib/auth/session";
import { findServiceCaseFormOptions } from "@/lib/service/cases/find-service-cases";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("service");
  return { title: t("newTitle") };
}

export default async function NewServiceCasePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePermission("crm.manage");
  const options = await findServiceCaseFormOptions({ actor });
  const raw = (await searchParams).account;
  // Only preselect an account the actor can see; the service re-checks the scope anyway.
  const accountId = typeof raw === "string" && options.accounts.some((a) => a.id === raw) ? raw : undefined;
  const ownerId = options.owners.some((o) => o.id === actor.id) ? actor.id : (options.owners[0]?.id ?? actor.id);
  const t = await getTranslations("service");
  return (
    <div>
      <Breadcrumbs items={[{ label: t("title"), href: "/app/service/cases" }, { label: t("newTitle") }]} />
      <PageHeader title={t("newTitle")} />
      <Card>
        <ServiceCaseForm options={options} accountId={accountId} ownerId={ownerId} />
      </Card>
    </div>
  );
}
