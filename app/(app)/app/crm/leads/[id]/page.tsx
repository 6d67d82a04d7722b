import type { Metadata } from "next";
import { ActivityPanel } from "@/components/activities/activity-panel";
import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { ArrowRightLeft, Pencil } from "lucide-react";
import { auditLabel } from "@/components/audit/labels";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { LeadRatingBadge, LeadStatusBadge } from "@/components/leads/lead-badges";
import { LeadStatusControl } from "@/components/leads/lead-status-control";
import { buttonClass } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { Fact } from "@/components/ui/fact";
import { can } from "@/lib/auth/permissions";
import { loadLead } from "./load-lead";
import { getActor } from "@/lib/auth/session";
import { findLeadHistory } from "@/lib/crm/leads/find-lead";
import type { Region } from "@/lib/domain/crm";
import { canConvertLead, configurationEntries, isLeadReadOnly, isLeadStatus, type LeadRating, type LeadSource, type LeadStatus } from "@/lib/domain/leads";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  // Nothing about the record in the title unless the viewer may see it.
  if (!can(await getActor(), "crm.read")) return {};
  const { lead } = await loadLead((await params).id, "crm.read");
  return { title: `${lead.number} ${lead.personName}` };
}

const link = "text-brand-600 hover:underline dark:text-blue-400";

/** One lead: details, status buttons, the enquiry it came from, its conversion and history. */
export default async function LeadPage({ params, searchParams }: Props) {
  const { actor, lead } = await loadLead((await params).id, "crm.read");
  const [history, raw] = await Promise.all([findLeadHistory({ actor, id: lead.id }), searchParams]);
  const t = await getTranslations("leads");
  const tc = await getTranslations("crm");
  const ta = await getTranslations("audit");
  const format = await getFormatter();
  const locale = await getLocale();
  const manage = can(actor, "crm.manage");
  const readOnly = isLeadReadOnly(lead.status);
  const statusLabel = (s: string) => (isLeadStatus(s) ? t(`statuses.${s as LeadStatus}`) : s);
  const configuration = configurationEntries(lead.configuration);
  const productName = lead.product ? (locale === "en" ? lead.product.nameEn : lead.product.nameZh) : "";

  return (
    <div>
      <Breadcrumbs items={[{ label: t("title"), href: "/app/crm/leads" }, { label: lead.number }]} />
      <PageHeader
        title={lead.personName}
        description={[lead.number, lead.title, lead.company].filter(Boolean).join(" · ")}
        actions={
          <div className="flex items-center gap-2">
            <LeadStatusBadge status={lead.status} label={statusLabel(lead.status)} />
            {manage && canConvertLead(lead.status) && (
              <Link href={`/app/crm/leads/${lead.id}/convert`} className={buttonClass()} data-testid="convert-lead">
                <ArrowRightLeft className="h-4 w-4" aria-hidden />
                {t("view.convert")}
              </Link>
            )}
            {manage && !readOnly && (
              <Link href={`/app/crm/leads/${lead.id}/edit`} className={buttonClass("secondary")} data-testid="edit-lead">
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
            <Fact label={t("columns.company")}>{lead.company}</Fact>
            <Fact label={t("columns.title")}>{lead.title}</Fact>
            <Fact label={t("columns.owner")}>{lead.owner.name}</Fact>
            <Fact label={t("columns.email")}>{lead.email && <a href={`mailto:${lead.email}`} className={link}>{lead.email}</a>}</Fact>
            <Fact label={t("columns.phone")}>{lead.phone && <a href={`tel:${lead.phone}`} className={link}>{lead.phone}</a>}</Fact>
            <Fact label={t("columns.region")}>{[lead.region ? tc(`regions.${lead.region as Region}`) : "", lead.province, lead.city].filter(Boolean).join(" · ")}</Fact>
            <Fact label={t("columns.industry")}>{lead.industry}</Fact>
            <Fact label={t("columns.source")}>{t(`sources.${lead.source as LeadSource}`)}</Fact>
            <Fact label={t("columns.campaign")}>{lead.campaign}</Fact>
            <Fact label={t("columns.rating")}>
              <LeadRatingBadge rating={lead.rating} label={t(`ratings.${lead.rating as LeadRating}`)} />
            </Fact>
            <Fact label={t("columns.score")}>{String(lead.score)}</Fact>
            <Fact label={t("columns.createdAt")}>{format.dateTime(lead.createdAt, { dateStyle: "medium", timeStyle: "short" })}</Fact>
            {lead.status === "disqualified" && <Fact label={t("view.disqualifyReason")}>{lead.disqualifyReason}</Fact>}
          </dl>
          {lead.notes && (
            <div className="mt-4">
              <h3 className="text-xs text-slate-500">{t("view.notes")}</h3>
              <p className="whitespace-pre-wrap text-sm">{lead.notes}</p>
            </div>
          )}
        </Card>
        <Card>
          <h2 className="mb-3 text-sm font-semibold">{readOnly ? t("view.convertedTitle") : t("view.statusTitle")}</h2>
          {readOnly ? (
            <div className="space-y-3 text-sm" data-testid="lead-converted">
              <p>{t("view.convertedOn", { date: lead.convertedAt ? format.dateTime(lead.convertedAt, { dateStyle: "medium" }) : "—" })}</p>
              <dl className="space-y-2">
                {lead.convertedAccount && (
                  <Fact label={t("view.convertedAccount")}>
                    <Link href={`/app/crm/accounts/${lead.convertedAccount.id}`} className={link} data-testid="converted-account">
                      {lead.convertedAccount.name}
                    </Link>
                  </Fact>
                )}
                {lead.convertedContact && (
                  <Fact label={t("view.convertedContact")}>
                    <Link href={`/app/crm/contacts/${lead.convertedContact.id}`} className={link}>
                      {lead.convertedContact.name}
                    </Link>
                  </Fact>
                )}
                {lead.convertedOpportunity && (
                  <Fact label={t("view.convertedOpportunity")}>
                    <Link href={`/app/crm/opportunities/${lead.convertedOpportunity.id}`} className={link} data-testid="converted-opportunity">
                      {lead.convertedOpportunity.name}
                    </Link>
                  </Fact>
                )}
              </dl>
              <p className="text-xs text-slate-500">{t("view.readOnly")}</p>
            </div>
          ) : manage ? (
            <div className="space-y-3">
              <LeadStatusControl key={lead.status} id={lead.id} status={lead.status} />
              {!canConvertLead(lead.status) && <p className="text-xs text-slate-500">{t("view.convertHint")}</p>}
            </div>
          ) : (
            <LeadStatusBadge status={lead.status} label={statusLabel(lead.status)} />
          )}
        </Card>
      </div>
      {(lead.source === "enquiry" || lead.product || lead.message || lead.configuration) && (
        <Card className="mt-4" data-testid="lead-enquiry">
          <h2 className="mb-3 text-sm font-semibold">{t("view.enquiry")}</h2>
          <dl className="grid gap-3 sm:grid-cols-2">
            {lead.product && (
              <Fact label={t("view.product")}>
                {can(actor, "catalog.read") ? (
                  <Link href={`/app/catalog/products/${lead.product.id}`} className={link}>
                    {productName}
                  </Link>
                ) : (
                  productName
                )}{" "}
                <span className="text-xs text-slate-500">{lead.product.sku}</span>
              </Fact>
            )}
            {lead.message && (
              <Fact label={t("view.message")}>
                <span className="whitespace-pre-wrap">{lead.message}</span>
              </Fact>
            )}
          </dl>
          {configuration && configuration.length > 0 && (
            <div className="mt-3">
              <h3 className="mb-1 text-xs text-slate-500">{t("view.configuration")}</h3>
              <table className="text-sm" data-testid="lead-configuration">
                <tbody>
                  {configuration.map((entry, i) => (
                    <tr key={i}>
                      <th scope="row" className="pr-4 text-left font-medium text-slate-600 dark:text-slate-400">
                        {entry.label}
                      </th>
                      <td>{entry.value}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          {configuration === null && (
            <div className="mt-3">
              <h3 className="mb-1 text-xs text-slate-500">{t("view.configurationRaw")}</h3>
              <pre className="whitespace-pre-wrap break-all text-xs">{lead.configuration}</pre>
            </div>
          )}
        </Card>
      )}
      <Card className="mt-4">
        <h2 className="mb-3 text-sm font-semibold">{t("view.history")}</h2>
        <ol className="space-y-2" data-testid="lead-history">
          {history.map((h) => {
            const after = h.after ? (JSON.parse(h.after) as { status?: string; disqualifyReason?: string }) : {};
            return (
              <li key={h.id} className="flex flex-wrap items-baseline justify-between gap-2 border-b border-slate-100 pb-2 text-sm last:border-0 dark:border-slate-800">
                <span>
                  {auditLabel(ta, "actions", h.action)}
                  {h.action === "status" && after.status ? ` → ${statusLabel(after.status)}` : ""}
                  {after.disqualifyReason ? ` (${after.disqualifyReason})` : ""}
                  <span className="ml-2 text-xs text-slate-500">{t("view.by", { who: h.actorEmail || t("view.system") })}</span>
                </span>
                <span className="text-xs text-slate-500">{format.dateTime(h.at, { dateStyle: "medium", timeStyle: "short" })}</span>
              </li>
            );
          })}
        </ol>
      </Card>
      <div className="mt-4">
        <ActivityPanel actor={actor} kind="lead" id={lead.id} />
      </div>
    </div>
  );
}
