import type { Metadata } from "next";
import { Fact } from "@/components/ui/fact";
import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { Pencil, Plus } from "lucide-react";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { MergedNotice } from "@/components/quality/merged-notice";
import { NewQuoteLink } from "@/components/sales/quotes/new-quote-link";
import { buttonClass } from "@/components/ui/button";
import { Badge, Card, PageHeader } from "@/components/ui/card";
import { can } from "@/lib/auth/permissions";
import { getActor, requirePermission } from "@/lib/auth/session";
import { findAccount, findAccountTimeline } from "@/lib/crm/accounts/find-account";
import { findAccountOpportunities } from "@/lib/crm/opportunities/find-opportunity";
import { AccountOpportunities } from "@/components/pipeline/account-opportunities";
import { AccountCreditPanel } from "@/components/sales/credit/account-credit-panel";
import { AccountServiceCases } from "@/components/service/account-service-cases";
import { findBaseCurrency } from "@/lib/crm/accounts/find-account-form-options";
import { basisPointsToPercent } from "@/lib/domain/basis-points";
import type { AccountType, Region } from "@/lib/domain/crm";
import { displayMoney } from "@/lib/domain/money";
import { notFoundUnlessMerged } from "@/lib/crm/duplicates/merge-redirect";
import { NotFoundError } from "@/lib/errors";
import { ActivityPanel } from "@/components/activities/activity-panel";
import { ActivityTypeIcon } from "@/components/activities/activity-type-icon";
import type { ActivityType } from "@/lib/domain/activity";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

async function load(id: string) {
  const actor = await requirePermission("crm.read");
  try {
    const account = await findAccount({ actor, id });
    return { actor, account };
  } catch (error) {
    // A merged-away record's old links lead to the survivor.
    if (error instanceof NotFoundError) await notFoundUnlessMerged("account", id, (to) => `/app/crm/accounts/${to}`);
    throw error;
  }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  // Nothing about the record in the title unless the viewer may see it.
  if (!can(await getActor(), "crm.read")) return {};
  const { account } = await load((await params).id);
  return { title: account.name };
}

/** The account 360° page: key facts, contacts, price list and one chronological timeline. */
export default async function AccountPage({ params, searchParams }: Props) {
  const { actor, account } = await load((await params).id);
  const [timeline, currency, raw] = await Promise.all([findAccountTimeline({ actor, id: account.id }), findBaseCurrency(), searchParams]);
  const t = await getTranslations("crm");
  const ta = await getTranslations("activities");
  const format = await getFormatter();
  const locale = await getLocale();
  const manage = can(actor, "crm.manage");
  const contactName = new Map(account.contacts.map((c) => [c.id, c.name]));
  const opportunityName = new Map((await findAccountOpportunities({ actor, accountId: account.id })).map((o) => [o.id, o.name]));
  const fieldLabel = (key: string) => (t.has(`accounts.columns.${key}` as "accounts.columns.name") ? t(`accounts.columns.${key}` as "accounts.columns.name") : t.has(`contacts.columns.${key}` as "contacts.columns.name") ? t(`contacts.columns.${key}` as "contacts.columns.name") : key);

  return (
    <div>
      <Breadcrumbs items={[{ label: t("accounts.title"), href: "/app/crm/accounts" }, { label: account.name }]} />
      <PageHeader
        title={account.name}
        description={`${account.code} · ${t(`types.${account.type as AccountType}`)}`}
        actions={
          <div className="flex items-center gap-2">
            {account.status === "active" ? <Badge tone="green">{t("statuses.active")}</Badge> : <Badge tone="red">{t("statuses.inactive")}</Badge>}
            {can(actor, "sales.manage") && <NewQuoteLink accountId={account.id} />}
            {manage && (
              <Link href={`/app/crm/accounts/${account.id}/edit`} className={buttonClass("secondary")} data-testid="edit-account">
                <Pencil className="h-4 w-4" aria-hidden />
                {t("accounts.edit")}
              </Link>
            )}
          </div>
        }
      />
      {raw.created === "1" && (
        <p role="status" data-testid="form-success" className="mb-4 rounded-md bg-green-50 px-3 py-2 text-sm text-green-700 dark:bg-green-950 dark:text-green-300">
          {t("accounts.created")}
        </p>
      )}
      <MergedNotice show={raw.merged === "1"} />
      {raw.contactCreated === "1" && (
        <p role="status" data-testid="form-success" className="mb-4 rounded-md bg-green-50 px-3 py-2 text-sm text-green-700 dark:bg-green-950 dark:text-green-300">
          {t("contacts.created")}
        </p>
      )}
      <div className="grid gap-4 lg:grid-cols-3">
        <div className="space-y-4 lg:col-span-2">
          <Card>
            <h2 className="mb-3 text-sm font-semibold">{t("accounts.view.facts")}</h2>
            <dl className="grid gap-3 sm:grid-cols-3" data-testid="account-facts">
              <Fact label={t("accounts.columns.owner")}>{account.owner.name}</Fact>
              <Fact label={t("accounts.columns.region")}>{[account.region ? t(`regions.${account.region as Region}`) : "", account.province, account.city].filter(Boolean).join(" · ")}</Fact>
              <Fact label={t("accounts.columns.industry")}>{account.industry}</Fact>
              <Fact label={t("accounts.columns.taxId")}>{account.taxId}</Fact>
              <Fact label={t("accounts.columns.paymentTermsDays")}>{t("accounts.view.days", { days: account.paymentTermsDays })}</Fact>
              <Fact label={t("accounts.columns.creditLimit")}>{account.creditLimit === null ? t("accounts.noLimit") : displayMoney(account.creditLimit, currency, locale)}</Fact>
              <Fact label={t("accounts.view.priceList")}>
                {account.priceList ? (
                  can(actor, "pricing.manage") ? (
                    <Link href={`/app/pricing/price-lists/${account.priceList.id}`} className="text-brand-600 hover:underline dark:text-blue-400">
                      {account.priceList.name}
                    </Link>
                  ) : (
                    account.priceList.name
                  )
                ) : (
                  t("accounts.form.noPriceList")
                )}
              </Fact>
              <Fact label={t("accounts.view.splits")}>{account.splits.map((s) => `${s.user.name} ${basisPointsToPercent(s.percentBp)}%`).join(", ")}</Fact>
              <Fact label={t("accounts.columns.tags")}>{account.tags.split(",").filter(Boolean).join(" · ")}</Fact>
              <Fact label={`${t("accounts.view.addresses")} · ${t("accounts.view.billing")}`}>{account.billingAddress}</Fact>
              <Fact label={`${t("accounts.view.addresses")} · ${t("accounts.view.shipping")}`}>{account.shippingAddress}</Fact>
            </dl>
          </Card>
          <Card>
            <div className="mb-3 flex items-center justify-between">
              <h2 className="text-sm font-semibold">
                <Link href={`/app/crm/contacts?account=${account.id}`} className="hover:underline">
                  {t("accounts.view.contacts")}
                </Link>
              </h2>
              {manage && (
                <Link href={`/app/crm/contacts/new?account=${account.id}`} className={buttonClass("secondary")} data-testid="add-contact">
                  <Plus className="h-4 w-4" aria-hidden />
                  {t("accounts.view.addContact")}
                </Link>
              )}
            </div>
            {account.contacts.length === 0 ? (
              <p className="text-sm text-slate-500">{t("accounts.view.noContacts")}</p>
            ) : (
              <ul className="divide-y divide-slate-200 dark:divide-slate-800" data-testid="account-contacts">
                {account.contacts.map((c) => (
                  <li key={c.id} className="flex flex-wrap items-center justify-between gap-2 py-2 text-sm">
                    <div>
                      <Link href={`/app/crm/contacts/${c.id}`} className="font-medium text-brand-600 hover:underline dark:text-blue-400">
                        {c.name}
                      </Link>
                      {c.isPrimary && (
                        <span className="ml-2">
                          <Badge tone="blue">{t("accounts.view.primary")}</Badge>
                        </span>
                      )}
                      <span className="ml-2 text-slate-500">{[c.title, c.department].filter(Boolean).join(" · ")}</span>
                    </div>
                    <div className="text-slate-600 dark:text-slate-400">{[c.email, c.mobile || c.phone].filter(Boolean).join(" · ")}</div>
                  </li>
                ))}
              </ul>
            )}
          </Card>
          <AccountCreditPanel actor={actor} accountId={account.id} />
          <AccountOpportunities actor={actor} accountId={account.id} manage={manage} />
          <AccountServiceCases actor={actor} accountId={account.id} manage={manage} />
          <ActivityPanel actor={actor} kind="account" id={account.id} />
        </div>
        <Card>
          <h2 className="mb-3 text-sm font-semibold">{t("accounts.view.timeline")}</h2>
          {timeline.length === 0 ? (
            <p className="text-sm text-slate-500">{t("accounts.view.noTimeline")}</p>
          ) : (
            <ol className="space-y-3" data-testid="account-timeline">
              {timeline.map((e) => {
                if (e.kind === "activity") {
                  const a = e.activity;
                  const about = a.opportunity?.name ?? a.contact?.name ?? "";
                  return (
                    <li key={`a-${e.id}`} className="border-l-2 border-brand-500 pl-3 text-sm" data-testid="timeline-activity">
                      <time dateTime={e.at.toISOString()} className="block text-xs text-slate-500">
                        {format.dateTime(e.at, { dateStyle: "medium", timeStyle: "short" })}
                      </time>
                      <span className="flex items-start gap-1.5">
                        <ActivityTypeIcon type={a.type} className="mt-0.5 h-3.5 w-3.5 shrink-0 text-slate-500" />
                        <span>
                          <Link href={`/app/crm/activities/${a.id}`} className="hover:underline">
                            {ta("timeline.logged", { who: a.owner.name, type: ta(`types.${a.type as ActivityType}`), subject: a.subject })}
                          </Link>
                          <span className="text-xs text-slate-500">
                            {" "}
                            · {a.done ? ta("timeline.done") : ta("timeline.open")}
                            {about && ` · ${about}`}
                          </span>
                        </span>
                      </span>
                    </li>
                  );
                }
                const who = e.actorEmail || t("accounts.timeline.system");
                const what =
                  e.entityType === "Contact"
                    ? t("accounts.timeline.contact", { name: contactName.get(e.entityId) ?? "" })
                    : e.entityType === "Opportunity"
                      ? t("accounts.timeline.opportunity", { name: opportunityName.get(e.entityId) ?? "" })
                      : t("accounts.timeline.account");
                const fields = Object.keys(JSON.parse(e.after ?? "{}") as Record<string, unknown>).map(fieldLabel).join(", ");
                const text =
                  e.action === "create" ? t("accounts.timeline.create", { who, what }) : e.action === "update" ? t("accounts.timeline.update", { who, what, fields }) : t("accounts.timeline.other", { who, what, action: e.action });
                return (
                  <li key={e.id} className="border-l-2 border-slate-200 pl-3 text-sm dark:border-slate-700">
                    <time dateTime={e.at.toISOString()} className="block text-xs text-slate-500">
                      {format.dateTime(e.at, { dateStyle: "medium", timeStyle: "short" })}
                    </time>
                    {text}
                  </li>
                );
              })}
            </ol>
          )}
        </Card>
      </div>
    </div>
  );
}
