import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { StageAdminRow } from "@/components/pipeline/stage-admin-row";
import { Card, PageHeader } from "@/components/ui/card";
import { requirePermission } from "@/lib/auth/session";
import { findPipelineStages } from "@/lib/crm/pipeline/find-pipeline-stages";
import { findStageTasks } from "@/lib/crm/pipeline/save-stage-task";
import { StageTaskEditor } from "@/components/activities/stage-task-editor";
import { stageName } from "@/lib/domain/pipeline";
import { getLocale } from "next-intl/server";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("pipeline");
  return { title: t("stages.title") };
}

export default async function PipelineStagesPage() {
  const actor = await requirePermission("settings.pipeline.manage");
  const [stages, tasks] = await Promise.all([findPipelineStages({ actor }), findStageTasks({ actor })]);
  const t = await getTranslations("pipeline");
  const ta = await getTranslations("activities");
  const locale = await getLocale();
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
      <Card className="mt-4">
        <h2 className="text-sm font-semibold">{ta("stageTasks.title")}</h2>
        <p className="mb-3 text-sm text-slate-500">{ta("stageTasks.description")}</p>
        <div className="space-y-5" data-testid="stage-checklists">
          {stages.map((stage) => (
            <section key={stage.id}>
              <h3 className="mb-2 text-sm font-medium">{stageName(stage, locale)}</h3>
              <StageTaskEditor stageId={stage.id} tasks={tasks.filter((task) => task.stageId === stage.id)} />
            </section>
          ))}
        </div>
      </Card>
    </div>
  );
}
