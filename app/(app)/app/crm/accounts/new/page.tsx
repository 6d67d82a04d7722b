import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { can } from "@/lib/auth/permissions";
import { AccountForm } from "@/components/crm/account-form";
import { Card, PageHeader } from "@/components/ui/card";
import { requirePermission } from "@/lib/auth/session";
import { findAccountFormOptions } from "@/lib/crm/accounts/find-account-form-options";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("crm");
  return { title: t("accounts.newTitle") };
}

export default async function NewAccountPage() {
  const actor = await requirePermission("crm.manage");
  const { owners, priceLists, currency } = await findAccountFormOptions({ actor });
  const t = await getTranslations("crm");
  return (
    <div>
      <Breadcrumbs items={[{ label: t("accounts.title"), href: "/app/crm/accounts" }, { label: t("accounts.newTitle") }]} />
      <PageHeader title={t("accounts.newTitle")} description={t("accounts.newDescription")} />
      <Card>
        <AccountForm defaultOwnerId={actor.id} owners={owners} priceLists={priceLists} currency={currency} canEditCredit={can(actor, "credit.release")} />
      </Card>
    </div>
  );
}
