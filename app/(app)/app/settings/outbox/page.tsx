import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { OutboxTable } from "@/components/outbox/outbox-table";
import { PageHeader } from "@/components/ui/card";
import { requirePermission } from "@/lib/auth/session";
import { findOutboxKinds, findOutboxMessages } from "@/lib/jobs/find-outbox-messages";
import { OUTBOX_TABLE } from "@/lib/jobs/outbox-table";
import { parseTableParams, tableState } from "@/lib/table/params";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("outbox");
  return { title: t("title") };
}

export default async function OutboxPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePermission("settings.company.manage");
  const params = parseTableParams(OUTBOX_TABLE, await searchParams);
  const [{ rows, total, page }, kinds] = await Promise.all([findOutboxMessages({ actor, params }), findOutboxKinds({ actor })]);
  const t = await getTranslations("outbox");
  const ts = await getTranslations("settings");

  return (
    <div>
      <Breadcrumbs items={[{ label: ts("title"), href: "/app/settings" }, { label: t("title") }]} />
      <PageHeader title={t("title")} description={t("description")} />
      <OutboxTable rows={rows} total={total} state={tableState(params, page)} kinds={kinds} />
    </div>
  );
}
