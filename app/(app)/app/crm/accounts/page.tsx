import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Plus } from "lucide-react";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { CrmImportLink } from "@/components/quality/import-link";
import { AccountsTable } from "@/components/crm/accounts-table";
import { buttonClass } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/card";
import { can } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";
import { ACCOUNTS_TABLE } from "@/lib/crm/accounts/accounts-table";
import { findBaseCurrency } from "@/lib/crm/accounts/find-account-form-options";
import { findAccountOwnerOptions, findAccounts } from "@/lib/crm/accounts/find-accounts";
import { parseTableParams, tableState } from "@/lib/table/params";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("crm");
  return { title: t("accounts.title") };
}

export default async function AccountsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePermission("crm.read");
  const params = parseTableParams(ACCOUNTS_TABLE, await searchParams);
  const [{ rows, total, page }, owners, currency] = await Promise.all([findAccounts({ actor, params }), findAccountOwnerOptions({ actor }), findBaseCurrency()]);
  const t = await getTranslations("crm");

  return (
    <div>
      <Breadcrumbs items={[{ label: t("accounts.title") }]} />
      <PageHeader
        title={t("accounts.title")}
        description={t("accounts.description")}
        actions={
          can(actor, "crm.manage") ? (
            <>
              <CrmImportLink type="accounts" />
              <Link href="/app/crm/accounts/new" className={buttonClass()} data-testid="new-account">
                <Plus className="h-4 w-4" aria-hidden />
                {t("accounts.new")}
              </Link>
            </>
          ) : null
        }
      />
      <AccountsTable rows={rows} total={total} state={tableState(params, page)} owners={owners} currency={currency} />
    </div>
  );
}
