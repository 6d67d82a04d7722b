import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { Card, PageHeader } from "@/components/ui/card";
import { AuditValues } from "@/components/audit/audit-values";
import { auditLabel, auditRecordHref } from "@/components/audit/labels";
import { findAuditEntry } from "@/lib/audit/find-audit-entry";
import { requirePermission } from "@/lib/auth/session";
import { NotFoundError } from "@/lib/errors";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("audit");
  return { title: t("detail.title") };
}

export default async function AuditEntryPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePermission("audit.read");
  const { id } = await params;
  const entry = await findAuditEntry({ actor, id }).catch((error) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  const t = await getTranslations("audit");
  const ts = await getTranslations("settings");
  const format = await getFormatter();
  const recordHref = auditRecordHref(entry.entityType, entry.entityId);

  const facts: [string, React.ReactNode][] = [
    [t("detail.at"), <time key="at" dateTime={entry.at.toISOString()}>{format.dateTime(entry.at, { dateStyle: "full", timeStyle: "medium" })}</time>],
    [t("detail.actor"), entry.actorEmail || t("system")],
    [t("detail.action"), auditLabel(t, "actions", entry.action)],
    [
      t("detail.entity"),
      <span key="entity">
        {auditLabel(t, "entityTypes", entry.entityType)} <span className="font-mono text-xs">{entry.entityId}</span>
        {recordHref && (
          <Link href={recordHref} className="ml-2 text-brand-600 hover:underline dark:text-blue-400">
            {t("detail.openRecord")}
          </Link>
        )}
      </span>,
    ],
    [t("detail.requestId"), <span key="rid" className="font-mono text-xs">{entry.requestId ?? "—"}</span>],
  ];

  return (
    <div>
      <Breadcrumbs items={[{ label: ts("title"), href: "/app/settings" }, { label: t("title"), href: "/app/settings/audit" }, { label: t("detail.title") }]} />
      <PageHeader
        title={t("detail.title")}
        actions={
          <Link href="/app/settings/audit" className="text-sm text-brand-600 hover:underline dark:text-blue-400">
            {t("detail.back")}
          </Link>
        }
      />
      <Card className="mb-6">
        <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[10rem_1fr]" data-testid="audit-facts">
          {facts.map(([label, value]) => (
            <div key={label} className="contents">
              <dt className="text-slate-500">{label}</dt>
              <dd className="min-w-0 break-words">{value}</dd>
            </div>
          ))}
        </dl>
      </Card>
      <AuditValues before={entry.before} after={entry.after} labels={{ before: t("detail.before"), after: t("detail.after"), empty: t("detail.empty") }} />
    </div>
  );
}
