import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { AgingTable } from "@/components/sales/receivables/aging-table";
import { PageHeader } from "@/components/ui/card";
import { requirePermission } from "@/lib/auth/session";
import { AGING_TABLE } from "@/lib/sales/receivables/aging-table";
import { findAging, findAgingOwners } from "@/lib/sales/receivables/find-aging";
import { parseTableParams, tableState } from "@/lib/table/params";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("receivables");
  return { title: t("title") };
}

export default async function ReceivablesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  // Aging across customers is finance's view; a rep opens a customer's ledger from the account.
  const actor = await requirePermission("billing.read");
  const params = parseTableParams(AGING_TABLE, await searchParams);
  const [{ rows, total, page, totals, asOf, baseCurrency }, owners] = await Promise.all([findAging({ actor, params }), findAgingOwners({ actor })]);
  const t = await getTranslations("receivables");
  return (
    <div>
      <Breadcrumbs items={[{ label: t("title") }]} />
      <PageHeader title={t("title")} description={`${t("description")} ${t("asOf", { date: asOf })}`} />
      <AgingTable rows={rows} total={total} state={tableState(params, page)} owners={owners} totals={totals} baseCurrency={baseCurrency} />
    </div>
  );
}
