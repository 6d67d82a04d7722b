import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ImportWizard } from "@/components/imports/import-wizard";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { PageHeader } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { requirePermission } from "@/lib/auth/session";
import { CRM_IMPORT_TYPES, CRM_IMPORTS, isCrmImportType, type CrmImportType } from "@/lib/crm/import/crm-import-types";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("quality");
  return { title: t("import.title") };
}

const LIST_PATH: Record<CrmImportType, string> = { accounts: "/app/crm/accounts", contacts: "/app/crm/contacts", leads: "/app/crm/leads" };

/** CSV import of accounts, contacts or leads (a tab each) through the shared import wizard. */
export default async function CrmImportPage({ searchParams }: Props) {
  const actor = await requirePermission("crm.manage");
  const raw = (await searchParams).type;
  const requested = Array.isArray(raw) ? (raw[0] ?? "") : (raw ?? "");
  const type: CrmImportType = isCrmImportType(requested) ? requested : "accounts";
  const t = await getTranslations("quality");
  const { fields, matchKeys } = CRM_IMPORTS[type];

  return (
    <div>
      <Breadcrumbs items={[{ label: t("import.title") }]} />
      <PageHeader title={t("import.title")} description={t("import.description")} />
      <nav className="mb-4 flex gap-1 border-b border-slate-200 dark:border-slate-800" aria-label={t("import.title")}>
        {CRM_IMPORT_TYPES.map((tab) => (
          <Link
            key={tab}
            href={`/app/crm/import?type=${tab}`}
            aria-current={tab === type ? "page" : undefined}
            data-testid={`import-tab-${tab}`}
            className={cn(
              "-mb-px border-b-2 px-3 py-2 text-sm font-medium",
              tab === type ? "border-brand-600 text-brand-700 dark:text-brand-300" : "border-transparent text-slate-600 hover:text-slate-900 dark:text-slate-400",
            )}
          >
            {t(`import.tabs.${tab}`)}
          </Link>
        ))}
      </nav>
      <p className="mb-4 text-sm text-slate-600 dark:text-slate-400">{t(`import.hints.${type}`)}</p>
      <ImportWizard
        key={type}
        type={type}
        fields={fields.map((f) => ({ key: f.key, label: t(`import.fields.${f.key}` as "import.fields.name"), required: f.required === true, aliases: [...f.aliases] }))}
        matchKeys={matchKeys.length > 1 ? matchKeys.map((key) => ({ key, label: t(`import.matchKeys.${key}` as "import.matchKeys.code") })) : undefined}
        userId={actor.id}
        templateHref={`/app/crm/import/template?type=${type}`}
        doneHref={LIST_PATH[type]}
        doneLabel={t(`import.toList.${type}`)}
      />
    </div>
  );
}
