import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { QuoteDiffView } from "@/components/sales/quotes/quote-diff-view";
import { QuoteRevisions } from "@/components/sales/quotes/quote-revisions";
import { Card, PageHeader } from "@/components/ui/card";
import { can } from "@/lib/auth/permissions";
import { getActor, requirePermission } from "@/lib/auth/session";
import { diffRevisions } from "@/lib/domain/quote-diff";
import { NotFoundError } from "@/lib/errors";
import { findQuote } from "@/lib/sales/quotes/find-quote";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

async function load(id: string) {
  const actor = await requirePermission("sales.read");
  try {
    return await findQuote({ actor, id });
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  if (!can(await getActor(), "sales.read")) return {};
  const quote = await load((await params).id);
  return { title: quote.number };
}

const revisionParam = (v: string | string[] | undefined, fallback: number) => {
  const n = typeof v === "string" && /^\d{1,5}$/.test(v) ? Number(v) : fallback;
  return n;
};

/** What changed between two revisions of a quote (?from=&to=, by default the last two). */
export default async function QuoteDiffPage({ params, searchParams }: Props) {
  const quote = await load((await params).id);
  const raw = await searchParams;
  const t = await getTranslations("quotes");
  const fromNo = revisionParam(raw.from, Math.max(1, quote.currentRevision - 1));
  const toNo = revisionParam(raw.to, quote.currentRevision);
  const from = quote.revisions.find((r) => r.revision === fromNo);
  const to = quote.revisions.find((r) => r.revision === toNo);
  if (!from || !to) notFound();
  const diff = diffRevisions(from, to);
  return (
    <div>
      <Breadcrumbs items={[{ label: t("title"), href: "/app/sales/quotes" }, { label: quote.number, href: `/app/sales/quotes/${quote.id}` }, { label: t("view.compare") }]} />
      <PageHeader title={t("diff.title", { from: fromNo, to: toNo })} description={`${quote.number} — ${quote.account.name}`} />
      <Card>
        <QuoteDiffView diff={diff} fromCurrency={from.currencyCode} toCurrency={to.currencyCode} />
      </Card>
      <Card className="mt-4">
        <QuoteRevisions quoteId={quote.id} current={quote.currentRevision} revisions={quote.revisions} />
      </Card>
    </div>
  );
}
