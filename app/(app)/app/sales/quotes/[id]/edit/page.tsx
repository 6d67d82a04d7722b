import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { QuoteForm } from "@/components/sales/quotes/quote-form";
import { Card, PageHeader } from "@/components/ui/card";
import { can } from "@/lib/auth/permissions";
import { getActor, requirePermission } from "@/lib/auth/session";
import { NotFoundError } from "@/lib/errors";
import { findEditQuoteForm } from "@/lib/sales/quotes/find-quote-form";

type Props = { params: Promise<{ id: string }> };

async function load(id: string) {
  const actor = await requirePermission("sales.manage");
  try {
    return await findEditQuoteForm({ actor, id });
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  // Nothing about the record in the title unless the viewer may see it.
  if (!can(await getActor(), "sales.manage")) return {};
  const data = await load((await params).id);
  return { title: data.quote.number };
}

/** Edit the current revision of a draft, or write the next revision of a sent/decided quote. */
export default async function EditQuotePage({ params }: Props) {
  const data = await load((await params).id);
  const t = await getTranslations("quotes");
  const { quote } = data;
  if (quote.status === "accepted") notFound();
  return (
    <div>
      <Breadcrumbs items={[{ label: t("title"), href: "/app/sales/quotes" }, { label: quote.number, href: `/app/sales/quotes/${quote.id}` }, { label: t("view.edit") }]} />
      <PageHeader title={t("form.editTitle", { number: quote.number })} description={data.account.name} />
      <Card>
        <QuoteForm quoteId={quote.id} revises={data.revises} values={data.values} contacts={data.contacts} currencies={data.currencies} priceLists={data.priceLists} baseCurrency={data.baseCurrency} showCost={data.showCost} />
      </Card>
    </div>
  );
}
