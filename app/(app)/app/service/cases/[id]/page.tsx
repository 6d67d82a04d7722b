import type { Metadata } from "next";
import { ActivityPanel } from "@/components/activities/activity-panel";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { Pencil } from "lucide-react";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { CaseCareForm } from "@/components/service/case-care-form";
import { CaseHistory } from "@/components/service/case-history";
import { CaseStatusPanel } from "@/components/service/case-status-panel";
import { caseProductLabel, dayAsDate, severityTone, statusTone } from "@/components/service/format";
import { buttonClass } from "@/components/ui/button";
import { Badge, Card, PageHeader } from "@/components/ui/card";
import { Fact } from "@/components/ui/fact";
import { can } from "@/lib/auth/permissions";
import { getActor, requirePermission } from "@/lib/auth/session";
import { isFinished, type CaseCategory, type CaseSeverity, type CaseStatus, type RootCause } from "@/lib/domain/service-case";
import { NotFoundError } from "@/lib/errors";
import { findServiceCase } from "@/lib/service/cases/find-service-case";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

async function load(id: string) {
  const actor = await requirePermission("crm.read");
  try {
    return { actor, serviceCase: await findServiceCase({ actor, id }) };
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  // Nothing about the record in the title unless the viewer may see it.
  if (!can(await getActor(), "crm.read")) return {};
  const { serviceCase } = await load((await params).id);
  return { title: `${serviceCase.number} · ${serviceCase.subject}` };
}

/** One service case: facts, description and resolution, the workflow, customer care and history. */
export default async function ServiceCasePage({ params, searchParams }: Props) {
  const { actor, serviceCase: c } = await load((await params).id);
  const raw = await searchParams;
  const t = await getTranslations("service");
  const format = await getFormatter();
  const locale = await getLocale();
  const manage = can(actor, "crm.manage");
  const when = (d: Date | null) => (d ? format.dateTime(d, { dateStyle: "medium", timeStyle: "short" }) : "");

  return (
    <div>
      <Breadcrumbs items={[{ label: t("title"), href: "/app/service/cases" }, { label: c.number }]} />
      <PageHeader
        title={`${c.number} · ${c.subject}`}
        description={c.account.name}
        actions={
          <div className="flex items-center gap-2">
            <Badge tone={severityTone(c.severity)}>{t(`severities.${c.severity as CaseSeverity}`)}</Badge>
            <Badge tone={statusTone(c.status)}>
              <span data-testid="case-status">{t(`statuses.${c.status as CaseStatus}`)}</span>
            </Badge>
            {manage && (
              <Link href={`/app/service/cases/${c.id}/edit`} className={buttonClass("secondary")} data-testid="edit-service-case">
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
        <div className="space-y-4 lg:col-span-2">
          <Card>
            <h2 className="mb-3 text-sm font-semibold">{t("view.facts")}</h2>
            <dl className="grid gap-3 sm:grid-cols-3" data-testid="case-facts">
              <Fact label={t("columns.account")}>
                <Link href={`/app/crm/accounts/${c.account.id}`} className="text-brand-600 hover:underline dark:text-blue-400">
                  {c.account.name}
                </Link>
              </Fact>
              <Fact label={t("columns.contact")}>{c.contact ? [c.contact.name, c.contact.mobile || c.contact.phone].filter(Boolean).join(" · ") : ""}</Fact>
              <Fact label={t("columns.product")}>{caseProductLabel(c.product, c.productText, locale)}</Fact>
              <Fact label={t("columns.category")}>{t(`categories.${c.category as CaseCategory}`)}</Fact>
              <Fact label={t("columns.owner")}>{c.owner.name}</Fact>
              <Fact label={t("columns.openedAt")}>{when(c.openedAt)}</Fact>
              <Fact label={t("columns.rootCause")}>{c.rootCause ? t(`rootCauses.${c.rootCause as RootCause}`) : ""}</Fact>
              <Fact label={t("columns.resolvedAt")}>{when(c.resolvedAt)}</Fact>
              <Fact label={t("columns.closedAt")}>{when(c.closedAt)}</Fact>
              <Fact label={t("columns.satisfaction")}>{c.satisfaction === null ? "" : t("view.stars", { value: c.satisfaction })}</Fact>
              <Fact label={t("columns.followUpDate")}>{c.followUpDate ? format.dateTime(dayAsDate(c.followUpDate), { dateStyle: "medium", timeZone: "UTC" }) : ""}</Fact>
            </dl>
          </Card>
          <Card>
            <h2 className="mb-2 text-sm font-semibold">{t("view.description")}</h2>
            <p className="text-sm whitespace-pre-wrap text-slate-700 dark:text-slate-300">{c.description || t("view.noDescription")}</p>
            {c.resolution && (
              <>
                <h2 className="mt-4 mb-2 text-sm font-semibold">{t("view.resolution")}</h2>
                <p className="text-sm whitespace-pre-wrap text-slate-700 dark:text-slate-300" data-testid="case-resolution">
                  {c.resolution}
                </p>
              </>
            )}
          </Card>
          <CaseHistory history={c.history} />
        </div>
        {manage && (
          <div className="space-y-4">
            <Card>
              <CaseStatusPanel id={c.id} status={c.status} category={c.category} resolution={c.resolution} rootCause={c.rootCause} />
            </Card>
            <Card>
              <CaseCareForm id={c.id} satisfaction={c.satisfaction} followUpDate={c.followUpDate} enabled={isFinished(c.status)} />
            </Card>
          </div>
        )}
      </div>
      <div className="mt-4">
        <ActivityPanel actor={actor} kind="serviceCase" id={c.id} />
      </div>
    </div>
  );
}
