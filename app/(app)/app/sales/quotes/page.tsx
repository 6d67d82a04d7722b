import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Plus } from "lucide-react";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { QuotesTable } from "@/components/sales/quotes/quotes-table";
import { buttonClass } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/card";
import { can } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { findQuoteOwnerOptions, findQuotes } from "@/lib/sales/quotes/find-quotes";
import { QUOTES_TABLE } from "@/lib/sales/quotes/quotes-table";
import { parseTableParams, tableState } from "@/lib/table/params";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("quotes");
  return { title: t("title") };
}

export default async function QuotesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePermission("sales.read");
  const params = parseTableParams(QUOTES_TABLE, await searchParams);
  const [{ rows, total, page }, owners, company] = await Promise.all([
    findQuotes({ actor, params }),
    findQuoteOwnerOptions({ actor }),
    db.company.findUnique({ where: { id: "company" }, select: { baseCurrency: true } }),
  ]);
  const t = await getTranslations("quotes");

  return (
    <div>
      <Breadcrumbs items={[{ label: t("title") }]} />
      <PageHeader
        title={t("title")}
        description={t("description")}
        actions={
          can(actor, "sales.manage") && (
            <Link href="/app/sales/quotes/new" className={buttonClass()} data-testid="new-quote">
              <Plus className="h-4 w-4" aria-hidden />
              {t("new")}
            </Link>
          )
        }
      />
      <QuotesTable rows={rows} total={total} state={tableState(params, page)} owners={owners} baseCurrency={company?.baseCurrency ?? "CNY"} />
    </div>
  );
}
