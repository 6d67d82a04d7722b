import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { Card, PageHeader } from "@/components/ui/card";
import { NumberingRow } from "@/components/settings/numbering-row";
import { requirePermission } from "@/lib/auth/session";
import { findNumberingRules } from "@/lib/settings/numbering/find-numbering-rules";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("numbering");
  return { title: t("title") };
}

export default async function NumberingPage() {
  const actor = await requirePermission("settings.numbering.manage");
  const t = await getTranslations("numbering");
  const ts = await getTranslations("settings");
  const rows = await findNumberingRules({ actor });

  return (
    <div>
      <Breadcrumbs items={[{ label: ts("title"), href: "/app/settings" }, { label: t("title") }]} />
      <PageHeader title={t("title")} description={t("description")} />
      <Card>
        <div className="hidden gap-3 border-b border-slate-200 pb-2 text-xs font-medium uppercase text-slate-500 md:grid md:grid-cols-[10rem_8rem_6rem_1fr_auto] dark:border-slate-700">
          <span>{t("docType")}</span>
          <span>{t("prefix")}</span>
          <span>{t("padding")}</span>
          <span>{t("preview")}</span>
          <span className="sr-only">{t("save")}</span>
        </div>
        {rows.map((row) => (
          <NumberingRow key={row.docType} {...row} />
        ))}
      </Card>
      <p className="mt-3 text-sm text-slate-500">{t("note")}</p>
    </div>
  );
}
