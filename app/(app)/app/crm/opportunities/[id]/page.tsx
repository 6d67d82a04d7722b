import type { Metadata } from "next";
import { ActivityPanel } from "@/components/activities/activity-panel";
import { Fact } from "@/components/ui/fact";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { Pencil } from "lucide-react";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { OpportunityLinesSection } from "@/components/pipeline/opportunity-lines-section";
import { OpportunitySplits } from "@/components/pipeline/opportunity-splits";
import { NewQuoteLink } from "@/components/sales/quotes/new-quote-link";
import { StageControl } from "@/components/pipeline/stage-control";
import { buttonClass } from "@/components/ui/button";
import { Badge, Card, PageHeader } from "@/components/ui/card";
import { can } from "@/lib/auth/permissions";
import { getActor, requirePermission } from "@/lib/auth/session";
import { findOwnerOptions } from "@/lib/crm/crm-scope";
import { findOpportunity } from "@/lib/crm/opportunities/find-opportunity";
import { findOpportunityFilterOptions } from "@/lib/crm/opportunities/find-opportunities";
import { basisPointsToPercent } from "@/lib/domain/basis-points";
import { displayMoney, percentOf } from "@/lib/domain/money";
import { stageName, type ForecastCategory, type Rating } from "@/lib/domain/pipeline";
import { NotFoundError } from "@/lib/errors";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

async function load(id: string) {
  const actor = await requirePermission("crm.read");
  try {
    return { actor, opportunity: await findOpportunity({ actor, id }) };
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  // Nothing about the record in the title unless the viewer may see it.
  if (!can(await getActor(), "crm.read")) return {};
  const { opportunity } = await load((await params).id);
  return { title: opportunity.name };
}

/** One opportunity: its facts, the stage control and the stage history with time in each stage. */
export default async function OpportunityPage({ params, searchParams }: Props) {
  const { actor, opportunity: o } = await load((await params).id);
  const [{ stages }, raw] = await Promise.all([findOpportunityFilterOptions({ actor }), searchParams]);
  const t = await getTranslations("pipeline");
  const format = await getFormatter();
  const locale = await getLocale();
  const stageById = new Map(stages.map((s) => [s.id, s]));
  const nameOf = (id: string) => {
    const stage = stageById.get(id);
    return stage ? stageName(stage, locale) : "—";
  };
  const manage = can(actor, "crm.manage");
  const splitOwners = manage ? await findOwnerOptions({ actor }) : [];
  // Current split owners stay selectable even when the editor could not assign them.
  for (const s of o.splits) if (!splitOwners.some((u) => u.id === s.userId)) splitOwners.push({ id: s.userId, name: s.user.name });

  return (
    <div>
      <Breadcrumbs items={[{ label: t("title"), href: "/app/crm/opportunities" }, { label: o.name }]} />
      <PageHeader
        title={o.name}
        description={o.account.name}
        actions={
          <div className="flex items-center gap-2">
            <Badge tone={o.stage.kind === "won" ? "green" : o.stage.kind === "lost" ? "red" : "blue"}>
              <span data-testid="opportunity-stage">{stageName(o.stage, locale)}</span>
            </Badge>
            {can(actor, "sales.manage") && <NewQuoteLink opportunityId={o.id} />}
            {manage && (
              <Link href={`/app/crm/opportunities/${o.id}/edit`} className={buttonClass("secondary")} data-testid="edit-opportunity">
                <Pencil className="h-4 w-4" aria-hidden />
                {t("edit")}
              </Link>
            )}
          </div>
        }
      />
      {raw.created === "1" && (
        <p role="status" data-testid="form-success" className="mb-4 rounded-md bg-green-50 px-3 py-2 text-sm text-green-700 dark:bg-green-950 dark:text-green-300">
          {t("created")}
        </p>
      )}
      <div className="grid gap-4 lg:grid-cols-3">
        <Card className="lg:col-span-2">
          <h2 className="mb-3 text-sm font-semibold">{t("view.facts")}</h2>
          <dl className="grid gap-3 sm:grid-cols-3">
            <Fact label={t("columns.account")}>
              <Link href={`/app/crm/accounts/${o.account.id}`} className="text-brand-600 hover:underline dark:text-blue-400">
                {o.account.name}
              </Link>
            </Fact>
            <Fact label={t("form.contact")}>{o.contact?.name}</Fact>
            <Fact label={t("columns.owner")}>{o.owner.name}</Fact>
            {o.splits.length > 0 && <Fact label={t("splits.summary")}>{o.splits.map((s) => `${s.user.name} ${basisPointsToPercent(s.percentBp)} %`).join(", ")}</Fact>}
            <Fact label={t("columns.amount")}>{displayMoney(o.amount, o.currencyCode, locale)}</Fact>
            <Fact label={t("columns.probability")}>{`${basisPointsToPercent(o.probabilityBp)} %`}</Fact>
            <Fact label={t("columns.weighted")}>{displayMoney(percentOf(o.amount, o.probabilityBp), o.currencyCode, locale)}</Fact>
            <Fact label={t("columns.expectedCloseDate")}>{o.expectedCloseDate ? format.dateTime(new Date(`${o.expectedCloseDate}T00:00:00Z`), { dateStyle: "medium", timeZone: "UTC" }) : ""}</Fact>
            <Fact label={t("columns.rating")}>{t(`ratings.${o.rating as Rating}`)}</Fact>
            <Fact label={t("columns.forecastCategory")}>{t(`forecast.${o.forecastCategory as ForecastCategory}`)}</Fact>
            <Fact label={t("form.source")}>{o.source}</Fact>
            <Fact label={t("form.campaign")}>{o.campaign}</Fact>
            <Fact label={t("form.competitors")}>{o.competitors}</Fact>
            <Fact label={t("form.nextStep")}>{o.nextStep}</Fact>
            {o.stage.kind === "lost" && <Fact label={t("form.lostReason")}>{o.lostReason}</Fact>}
          </dl>
        </Card>
        {manage && (
          <Card>
            <StageControl key={o.stageId} id={o.id} stageId={o.stageId} stages={stages} />
            <div className="mt-6 border-t border-slate-100 pt-4 dark:border-slate-800">
              <OpportunitySplits opportunityId={o.id} owners={splitOwners.filter((u) => u.id !== o.ownerId)} splits={o.splits.map((s) => ({ userId: s.userId, percent: basisPointsToPercent(s.percentBp) }))} />
            </div>
          </Card>
        )}
      </div>
      <OpportunityLinesSection opportunity={o} editable={manage} />
      <Card className="mt-4">
        <h2 className="mb-3 text-sm font-semibold">{t("view.history")}</h2>
        <ol className="space-y-2" data-testid="stage-history">
          {[...o.history].reverse().map((h) => (
            <li key={h.id} className="flex flex-wrap items-baseline justify-between gap-2 border-b border-slate-100 pb-2 text-sm last:border-0 dark:border-slate-800">
              <span>{t(h.fromStageId ? "view.historyEntry" : "view.historyCreated", { who: h.changedBy?.name ?? t("view.system"), stage: nameOf(h.toStageId) })}</span>
              <span className="text-xs text-slate-500">
                {format.dateTime(h.changedAt, { dateStyle: "medium", timeStyle: "short" })} · {t("view.days", { days: h.days })}
              </span>
            </li>
          ))}
        </ol>
      </Card>
      <div className="mt-4">
        <ActivityPanel actor={actor} kind="opportunity" id={o.id} />
      </div>
    </div>
  );
}
