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
import { findPipelineBoard } from "@/lib/crm/opportunities/find-pipeline-board";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("pipeline");
  return { title: t("board.title") };
}

export default async function PipelineBoardPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePermission("crm.read");
  // "My pipeline" only; any other owner value is ignored (the scope still applies either way).
  const mine = (await searchParams).mine === "1";
  const board = await findPipelineBoard({ actor, ownerId: mine ? actor.id : undefined });
  const t = await getTranslations("pipeline");
  return (
    <div>
      <Breadcrumbs items={[{ label: t("title"), href: "/app/crm/opportunities" }, { label: t("board.title") }]} />
      <PageHeader
        title={t("board.title")}
        actions={
          <div className="flex gap-2">
            <Link href={mine ? "/app/crm/opportunities/board" : "/app/crm/opportunities/board?mine=1"} className={buttonClass("secondary")} data-testid="board-mine">
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
      <PipelineBoard board={board} canMove={can(actor, "crm.manage")} />
    </div>
  );
}
