import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Plus } from "lucide-react";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { LeadsTable } from "@/components/leads/leads-table";
import { CrmImportLink } from "@/components/quality/import-link";
import { buttonClass } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/card";
import { can } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";
import { findLeadOwnerOptions, findLeads } from "@/lib/crm/leads/find-leads";
import { LEADS_TABLE } from "@/lib/crm/leads/leads-table";
import { parseTableParams, tableState } from "@/lib/table/params";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("leads");
  return { title: t("title") };
}

export default async function LeadsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePermission("crm.read");
  const params = parseTableParams(LEADS_TABLE, await searchParams);
  const [{ rows, total, page }, owners] = await Promise.all([findLeads({ actor, params }), findLeadOwnerOptions({ actor })]);
  const t = await getTranslations("leads");

  return (
    <div>
      <Breadcrumbs items={[{ label: t("title") }]} />
      <PageHeader
        title={t("title")}
        description={t("description")}
        actions={
          can(actor, "crm.manage") ? (
            <div className="flex gap-2">
              <CrmImportLink type="leads" />
              <Link href="/app/crm/leads/new" className={buttonClass()} data-testid="new-lead">
                <Plus className="h-4 w-4" aria-hidden />
                {t("new")}
              </Link>
            </div>
          ) : null
        }
      />
      <LeadsTable rows={rows} total={total} state={tableState(params, page)} owners={owners} />
    </div>
  );
}
