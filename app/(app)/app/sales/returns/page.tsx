import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { ReturnsTable } from "@/components/sales/returns/returns-table";
import { PageHeader } from "@/components/ui/card";
import { requirePermission } from "@/lib/auth/session";
import { findReturns } from "@/lib/sales/returns/find-returns";
import { RETURNS_TABLE } from "@/lib/sales/returns/returns-table";
import { parseTableParams, tableState } from "@/lib/table/params";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("deliveries.returns");
  return { title: t("title") };
}

export default async function ReturnsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePermission("sales.read");
  const params = parseTableParams(RETURNS_TABLE, await searchParams);
  const [{ rows, total, page }, t] = await Promise.all([findReturns({ actor, params }), getTranslations("deliveries.returns")]);
  return (
    <div>
      <Breadcrumbs items={[{ label: t("title") }]} />
      <PageHeader title={t("title")} description={t("description")} />
      <ReturnsTable rows={rows} total={total} state={tableState(params, page)} />
    </div>
  );
}
