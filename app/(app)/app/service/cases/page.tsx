import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Plus } from "lucide-react";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { ServiceCasesTable } from "@/components/service/service-cases-table";
import { buttonClass } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/card";
import { can } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";
import { today } from "@/lib/domain/service-case";
import { findServiceCaseFilterOptions, findServiceCases } from "@/lib/service/cases/find-service-cases";
import { SERVICE_CASES_TABLE } from "@/lib/service/cases/service-cases-table";
import { appTimeZone } from "@/lib/table/day-range";
import { parseTableParams, tableState } from "@/lib/table/params";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("service");
  return { title: t("title") };
}

export default async function ServiceCasesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePermission("crm.read");
  const params = parseTableParams(SERVICE_CASES_TABLE, await searchParams);
  const [{ rows, total, page }, { owners }] = await Promise.all([findServiceCases({ actor, params }), findServiceCaseFilterOptions({ actor })]);
  const t = await getTranslations("service");

  return (
    <div>
      <Breadcrumbs items={[{ label: t("title") }]} />
      <PageHeader
        title={t("title")}
        description={t("description")}
        actions={
          can(actor, "crm.manage") && (
            <Link href="/app/service/cases/new" className={buttonClass()} data-testid="new-service-case">
              <Plus className="h-4 w-4" aria-hidden />
              {t("new")}
            </Link>
          )
        }
      />
      <ServiceCasesTable rows={rows} total={total} state={tableState(params, page)} owners={owners} today={today(new Date(), appTimeZone())} />
    </div>
  );
}
