import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { PageHeader } from "@/components/ui/card";
import { AuditTable } from "@/components/audit/audit-table";
import { AUDIT_TABLE, findAuditEntries, findAuditFilterOptions } from "@/lib/audit/find-audit-entries";
import { requirePermission } from "@/lib/auth/session";
import { parseTableParams, tableState } from "@/lib/table/params";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("audit");
  return { title: t("title") };
}

export default async function AuditPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePermission("audit.read");
  const params = parseTableParams(AUDIT_TABLE, await searchParams);
  const [{ rows, total, page }, options] = await Promise.all([findAuditEntries({ actor, params }), findAuditFilterOptions({ actor })]);
  const t = await getTranslations("audit");
  const ts = await getTranslations("settings");

  return (
    <div>
      <Breadcrumbs items={[{ label: ts("title"), href: "/app/settings" }, { label: t("title") }]} />
      <PageHeader title={t("title")} description={t("description")} />
      <AuditTable rows={rows} total={total} state={tableState(params, page)} options={options} />
    </div>
  );
}
