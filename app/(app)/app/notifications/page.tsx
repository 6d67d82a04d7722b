import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { MarkAllReadButton } from "@/components/notifications/mark-all-read-button";
import { NotificationsTable } from "@/components/notifications/notifications-table";
import { PageHeader } from "@/components/ui/card";
import { requireActor } from "@/lib/auth/session";
import { findNotificationKinds, findNotifications } from "@/lib/notifications/find-notifications";
import { NOTIFICATIONS_TABLE } from "@/lib/notifications/notifications-table";
import { parseTableParams, tableState } from "@/lib/table/params";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("notifications");
  return { title: t("title") };
}

export default async function NotificationsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireActor();
  const params = parseTableParams(NOTIFICATIONS_TABLE, await searchParams);
  const [{ rows, total, page }, kinds] = await Promise.all([findNotifications({ actor, params, locale: await getLocale() }), findNotificationKinds({ actor })]);
  const t = await getTranslations("notifications");

  return (
    <div>
      <Breadcrumbs items={[{ label: t("title") }]} />
      <PageHeader title={t("title")} description={t("description")} actions={<MarkAllReadButton />} />
      <NotificationsTable rows={rows} total={total} state={tableState(params, page)} kinds={kinds} />
    </div>
  );
}
