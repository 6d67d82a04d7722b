import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { QuoteForm } from "@/components/sales/quotes/quote-form";
import { buttonClass } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { inputClass } from "@/components/ui/field";
import { requirePermission } from "@/lib/auth/session";
import { accountScopeWhere } from "@/lib/crm/crm-scope";
import { db } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors";
import { findNewQuoteForm } from "@/lib/sales/quotes/find-quote-form";
import { salesScope } from "@/lib/sales/sales-scope";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("quotes");
  return { title: t("new") };
}

const one = (v: string | string[] | undefined) => (typeof v === "string" && v.trim() ? v.trim().slice(0, 50) : null);

/** New quote for ?accountId= or ?opportunityId= (its lines prefilled); without either, pick the customer first. */
export default async function NewQuotePage({ searchParams }: Props) {
  const actor = await requirePermission("sales.manage");
  const raw = await searchParams;
  const accountId = one(raw.accountId);
  const opportunityId = one(raw.opportunityId);
  const t = await getTranslations("quotes");
  const crumbs = [{ label: t("title"), href: "/app/sales/quotes" }, { label: t("new") }];

  if (!accountId && !opportunityId) {
    const accounts = await db.account.findMany({ where: accountScopeWhere(await salesScope(actor)), select: { id: true, name: true }, orderBy: [{ name: "asc" }, { id: "asc" }], take: 1000 });
    return (
      <div>
        <Breadcrumbs items={crumbs} />
        <PageHeader title={t("new")} description={t("form.chooseAccount")} />
        <Card className="max-w-xl">
          <form method="get" className="flex items-end gap-2" data-testid="quote-choose-account">
            <div className="flex-1">
              <label htmlFor="quote-account" className="mb-1 block text-sm font-medium text-slate-700 dark:text-slate-300">
                {t("form.account")}
              </label>
              <select id="quote-account" name="accountId" className={inputClass} required>
                {accounts.map((a) => (
                  <option key={a.id} value={a.id}>
                    {a.name}
                  </option>
                ))}
              </select>
            </div>
            <button type="submit" className={buttonClass()}>
              {t("form.continue")}
            </button>
          </form>
        </Card>
      </div>
    );
  }

  let data;
  try {
    data = await findNewQuoteForm({ actor, accountId, opportunityId });
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
  return (
    <div>
      <Breadcrumbs items={crumbs} />
      <PageHeader
        title={t("form.newFor", { name: data.account.name })}
        description={data.opportunity ? t("form.fromOpportunity", { name: data.opportunity.name }) : undefined}
        actions={
          data.opportunity && (
            <Link href={`/app/crm/opportunities/${data.opportunity.id}`} className={buttonClass("secondary")}>
              {data.opportunity.name}
            </Link>
          )
        }
      />
      <Card>
        <QuoteForm values={data.values} contacts={data.contacts} currencies={data.currencies} priceLists={data.priceLists} baseCurrency={data.baseCurrency} showCost={data.showCost} />
      </Card>
    </div>
  );
}
