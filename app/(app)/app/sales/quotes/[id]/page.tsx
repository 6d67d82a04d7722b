import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { FileText, GitCompare, Pencil } from "lucide-react";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { QuoteActions, type QuoteNextStep } from "@/components/sales/quotes/quote-actions";
import { QuoteLinesView } from "@/components/sales/quotes/quote-lines-view";
import { QuoteRevisions } from "@/components/sales/quotes/quote-revisions";
import { QuoteStatusBadge } from "@/components/sales/quotes/quote-status-badge";
import { buttonClass } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { Fact } from "@/components/ui/fact";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { getActor, requirePermission } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { basisPointsToPercent } from "@/lib/domain/basis-points";
import { displayMoney } from "@/lib/domain/money";
import { NotFoundError } from "@/lib/errors";
import { editsInPlace } from "@/lib/sales/quotes/edits-in-place";
import { estimateCommission } from "@/lib/sales/quotes/estimate-commission";
import { findQuote, type QuoteDetail } from "@/lib/sales/quotes/find-quote";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

async function load(id: string) {
  const actor = await requirePermission("sales.read");
  try {
    return { actor, quote: await findQuote({ actor, id }) };
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  // Nothing about the record in the title unless the viewer may see it.
  if (!can(await getActor(), "sales.read")) return {};
  const { quote } = await load((await params).id);
  return { title: quote.number };
}

/** What the reader can do next; the services check everything again. */
function nextStep(actor: Actor, q: QuoteDetail): QuoteNextStep {
  const manage = can(actor, "sales.manage");
  if (q.shownStatus === "pending_approval") return { kind: "pending", canDecide: can(actor, "quotes.approve") && q.current.createdById !== actor.id };
  if (!manage) return { kind: "none" };
  if (q.shownStatus === "sent") return { kind: "sent", revision: q.currentRevision };
  if (q.shownStatus !== "draft") return { kind: "none" };
  if (q.current.approvalStatus === "rejected") return { kind: "approvalRejected" };
  if (q.current.approvalStatus === "none" && q.needsApproval) return { kind: "requestApproval", discount: basisPointsToPercent(q.current.maxDiscountBp) };
  return { kind: "send", contactEmail: q.contact?.email || null };
}

/** One quote: facts, the next step, the current revision's lines and totals, and every revision. */
export default async function QuotePage({ params, searchParams }: Props) {
  const { actor, quote: q } = await load((await params).id);
  const [raw, company, commission] = await Promise.all([searchParams, db.company.findUnique({ where: { id: "company" }, select: { baseCurrency: true } }), estimateCommission({ actor, quoteId: q.id })]);
  const t = await getTranslations("quotes");
  const format = await getFormatter();
  const baseCurrency = company?.baseCurrency ?? "CNY";
  const day = (d: string) => format.dateTime(new Date(`${d}T00:00:00Z`), { dateStyle: "medium", timeZone: "UTC" });
  const editable = can(actor, "sales.manage") && q.status !== "accepted";
  const r = q.current;

  return (
    <div>
      <Breadcrumbs items={[{ label: t("title"), href: "/app/sales/quotes" }, { label: q.number }]} />
      <PageHeader
        title={`${q.number} · ${t("view.revision", { revision: q.currentRevision })}`}
        description={[q.account.name, q.title].filter(Boolean).join(" — ")}
        actions={
          <div className="flex flex-wrap items-center gap-2">
            <QuoteStatusBadge status={q.shownStatus} />
            <a href={`/app/sales/quotes/${q.id}/pdf?revision=${q.currentRevision}`} className={buttonClass("secondary")} data-testid="quote-pdf">
              <FileText className="h-4 w-4" aria-hidden />
              {t("view.pdf")}
            </a>
            {q.revisions.length > 1 && (
              <Link href={`/app/sales/quotes/${q.id}/diff?from=${q.currentRevision - 1}&to=${q.currentRevision}`} className={buttonClass("secondary")} data-testid="quote-compare">
                <GitCompare className="h-4 w-4" aria-hidden />
                {t("view.compare")}
              </Link>
            )}
            {editable && (
              <Link href={`/app/sales/quotes/${q.id}/edit`} className={buttonClass("secondary")} data-testid="quote-edit">
                <Pencil className="h-4 w-4" aria-hidden />
                {editsInPlace(q, r) ? t("view.edit") : t("view.revise")}
              </Link>
            )}
          </div>
        }
      />
      {raw.saved === "1" && (
        <p role="status" data-testid="form-success" className="mb-4 rounded-md bg-green-50 px-3 py-2 text-sm text-green-700 dark:bg-green-950 dark:text-green-300">
          {t("saved")}
        </p>
      )}
      {q.shownStatus === "expired" && <p className="mb-4 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-800 dark:bg-amber-950 dark:text-amber-300">{t("view.expiredHint", { date: day(q.validUntil) })}</p>}
      <div className="grid gap-4 lg:grid-cols-3">
        <Card className="lg:col-span-2">
          <h2 className="mb-3 text-sm font-semibold">{t("view.facts")}</h2>
          <dl className="grid gap-3 sm:grid-cols-3">
            <Fact label={t("columns.account")}>
              <Link href={`/app/crm/accounts/${q.account.id}`} className="text-brand-600 hover:underline dark:text-blue-400">
                {q.account.name}
              </Link>
            </Fact>
            <Fact label={t("view.contact")}>{q.contact ? [q.contact.name, q.contact.email].filter(Boolean).join(" · ") : ""}</Fact>
            <Fact label={t("columns.owner")}>{q.owner.name}</Fact>
            <Fact label={t("view.opportunity")}>
              {q.opportunity && (
                <Link href={`/app/crm/opportunities/${q.opportunity.id}`} className="text-brand-600 hover:underline dark:text-blue-400">
                  {q.opportunity.name}
                </Link>
              )}
            </Fact>
            <Fact label={t("columns.validUntil")}>{day(q.validUntil)}</Fact>
            <Fact label={t("form.paymentTermsDays")}>{t("view.paymentTerms", { days: r.paymentTermsDays })}</Fact>
            <Fact label={t("columns.currency")}>{r.currencyCode}</Fact>
            {r.currencyCode !== baseCurrency && <Fact label={t("view.exchangeRate")}>{r.exchangeRate}</Fact>}
            <Fact label={t("view.sentAt")}>{q.sentAt ? format.dateTime(q.sentAt, { dateStyle: "medium", timeStyle: "short" }) : ""}</Fact>
            {q.salesOrder && (
              <Fact label={t("view.order")}>
                <Link href={`/app/sales/orders/${q.salesOrder.id}`} className="text-brand-600 hover:underline dark:text-blue-400" data-testid="quote-order-link">
                  {q.salesOrder.number ?? t("statuses.draft")}
                </Link>
              </Fact>
            )}
            {q.status === "rejected" && <Fact label={t("view.rejectReason")}>{q.rejectReason}</Fact>}
            {commission && <Fact label={t("view.commission")}>{displayMoney(commission.amount, commission.currencyCode, actor.locale)}</Fact>}
          </dl>
        </Card>
        <Card>
          <h2 className="mb-3 text-sm font-semibold">{t("view.approval")}</h2>
          <p className="mb-3 text-sm" data-testid="quote-approval-status" data-approval={r.approvalStatus}>
            {t(`approvalStatuses.${r.approvalStatus as "none" | "pending" | "approved" | "rejected"}`)}
            {r.maxDiscountBp > 0 && ` · ${t("view.maxDiscount")} ${basisPointsToPercent(r.maxDiscountBp)} %`}
          </p>
          {r.approvalComment && <p className="mb-3 text-sm text-slate-600 dark:text-slate-400">“{r.approvalComment}” — {r.approvedByName}</p>}
          <QuoteActions quoteId={q.id} step={nextStep(actor, q)} />
        </Card>
      </div>
      <Card className="mt-4">
        <h2 className="mb-3 text-sm font-semibold">{t("view.lines")}</h2>
        <QuoteLinesView revision={r} baseCurrency={baseCurrency} showMargin={q.showCost && r.currencyCode === baseCurrency} />
        {(r.notes || r.terms) && (
          <dl className="mt-4 grid gap-3 sm:grid-cols-2">
            <Fact label={t("view.notes")}>
              <span className="whitespace-pre-wrap">{r.notes}</span>
            </Fact>
            <Fact label={t("view.terms")}>
              <span className="whitespace-pre-wrap">{r.terms}</span>
            </Fact>
          </dl>
        )}
      </Card>
      <Card className="mt-4">
        <h2 className="mb-3 text-sm font-semibold">{t("view.revisions")}</h2>
        <QuoteRevisions quoteId={q.id} current={q.currentRevision} revisions={q.revisions} />
      </Card>
    </div>
  );
}
