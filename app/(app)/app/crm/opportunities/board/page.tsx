import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { List, User } from "lucide-react";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { PipelineBoard } from "@/components/pipeline/pipeline-board";
import { buttonClass } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/card";
import { can } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";
import { BoardFilters } from "@/components/pipeline/board-filters";
import { closeMonths } from "@/lib/crm/opportunities/close-months";
import { findOpportunityFilterOptions } from "@/lib/crm/opportunities/find-opportunities";
import { findPipelineBoard } from "@/lib/crm/opportunities/find-pipeline-board";
import { OPPORTUNITIES_TABLE } from "@/lib/crm/opportunities/opportunities-table";
import { parseTableParams } from "@/lib/table/params";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("pipeline");
  return { title: t("board.title") };
}

export default async function PipelineBoardPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePermission("crm.read");
  const raw = await searchParams;
  // "My pipeline" is the owner filter set to the reader (?mine=1 is kept for old links); the
  // scope applies whatever the filters say.
  const params = parseTableParams(OPPORTUNITIES_TABLE, raw.mine === "1" ? { ...raw, owner: actor.id } : raw);
  const mine = params.filters.owner === actor.id;
  const [board, { owners, teams }] = await Promise.all([findPipelineBoard({ actor, filters: params }), findOpportunityFilterOptions({ actor })]);
  const values = Object.fromEntries(Object.entries(params.filters).filter(([, v]) => typeof v === "string")) as Record<string, string>;
  const t = await getTranslations("pipeline");
  return (
    <div>
      <Breadcrumbs items={[{ label: t("title"), href: "/app/crm/opportunities" }, { label: t("board.title") }]} />
      <PageHeader
        title={t("board.title")}
        actions={
          <div className="flex gap-2">
            <Link href={mine ? "/app/crm/opportunities/board" : `/app/crm/opportunities/board?owner=${actor.id}`} className={buttonClass("secondary")} data-testid="board-mine">
              <User className="h-4 w-4" aria-hidden />
              {mine ? t("allOpportunities") : t("myPipeline")}
            </Link>
            <Link href="/app/crm/opportunities" className={buttonClass("secondary")}>
              <List className="h-4 w-4" aria-hidden />
              {t("board.table")}
            </Link>
          </div>
        }
      />
      <BoardFilters q={params.q} values={values} owners={owners} teams={teams} months={closeMonths()} />
      <PipelineBoard board={board} canMove={can(actor, "crm.manage")} />
    </div>
  );
}
