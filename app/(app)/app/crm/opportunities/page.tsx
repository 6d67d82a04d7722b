import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Columns3, Plus, User } from "lucide-react";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { OpportunitiesTable } from "@/components/pipeline/opportunities-table";
import { buttonClass } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/card";
import { can } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";
import { closeMonths } from "@/lib/crm/opportunities/close-months";
import { findOpportunities, findOpportunityFilterOptions } from "@/lib/crm/opportunities/find-opportunities";
import { OPPORTUNITIES_TABLE } from "@/lib/crm/opportunities/opportunities-table";
import { parseTableParams, tableState } from "@/lib/table/params";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("pipeline");
  return { title: t("title") };
}

export default async function OpportunitiesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePermission("crm.read");
  const params = parseTableParams(OPPORTUNITIES_TABLE, await searchParams);
  const [{ rows, total, page }, { stages, owners, teams }] = await Promise.all([findOpportunities({ actor, params }), findOpportunityFilterOptions({ actor })]);
  const t = await getTranslations("pipeline");
  const mine = params.filters.owner === actor.id;

  return (
    <div>
      <Breadcrumbs items={[{ label: t("title") }]} />
      <PageHeader
        title={t("title")}
        description={t("description")}
        actions={
          <div className="flex gap-2">
            <Link href="/app/crm/opportunities/board" className={buttonClass("secondary")} data-testid="open-board">
              <Columns3 className="h-4 w-4" aria-hidden />
              {t("board.open")}
            </Link>
            {/* "My pipeline" is the owner filter set to the reader. */}
            <Link href={mine ? "/app/crm/opportunities" : `/app/crm/opportunities?owner=${actor.id}`} className={buttonClass("secondary")} data-testid="my-pipeline">
              <User className="h-4 w-4" aria-hidden />
              {mine ? t("allOpportunities") : t("myPipeline")}
            </Link>
            {can(actor, "crm.manage") && (
              <Link href="/app/crm/opportunities/new" className={buttonClass()} data-testid="new-opportunity">
                <Plus className="h-4 w-4" aria-hidden />
                {t("new")}
              </Link>
            )}
          </div>
        }
      />
      <OpportunitiesTable rows={rows} total={total} state={tableState(params, page)} owners={owners} teams={teams} stages={stages} months={closeMonths()} />
    </div>
  );
}
