import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { StageAdminRow } from "@/components/pipeline/stage-admin-row";
import { Card, PageHeader } from "@/components/ui/card";
import { requirePermission } from "@/lib/auth/session";
import { findPipelineStages } from "@/lib/crm/pipeline/find-pipeline-stages";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("pipeline");
  return { title: t("stages.title") };
}

export default async function PipelineStagesPage() {
  const actor = await requirePermission("settings.pipeline.manage");
  const stages = await findPipelineStages({ actor });
  const t = await getTranslations("pipeline");
  return (
    <div>
      <Breadcrumbs items={[{ label: t("stages.title") }]} />
      <PageHeader title={t("stages.title")} description={t("stages.description")} />
      <Card>
        <ol className="space-y-3" data-testid="pipeline-stages">
          {stages.map((stage, i) => (
            <StageAdminRow key={`${stage.id}-${stage.position}`} stage={stage} first={i === 0} last={i === stages.length - 1} />
          ))}
        </ol>
      </Card>
    </div>
  );
}
