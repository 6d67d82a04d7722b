import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Plus } from "lucide-react";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { CrmImportLink } from "@/components/quality/import-link";
import { ContactsTable } from "@/components/crm/contacts-table";
import { buttonClass } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/card";
import { can } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";
import { findAccountOptions } from "@/lib/crm/accounts/find-account-form-options";
import { CONTACTS_TABLE } from "@/lib/crm/contacts/contacts-table";
import { findContacts } from "@/lib/crm/contacts/find-contacts";
import { parseTableParams, tableState } from "@/lib/table/params";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("crm");
  return { title: t("contacts.title") };
}

export default async function ContactsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePermission("crm.read");
  const params = parseTableParams(CONTACTS_TABLE, await searchParams);
  const [{ rows, total, page }, accounts] = await Promise.all([findContacts({ actor, params }), findAccountOptions({ actor })]);
  const t = await getTranslations("crm");

  return (
    <div>
      <Breadcrumbs items={[{ label: t("contacts.title") }]} />
      <PageHeader
        title={t("contacts.title")}
        description={t("contacts.description")}
        actions={
          can(actor, "crm.manage") ? (
            <>
              <CrmImportLink type="contacts" />
              <Link href="/app/crm/contacts/new" className={buttonClass()} data-testid="new-contact">
                <Plus className="h-4 w-4" aria-hidden />
                {t("contacts.new")}
              </Link>
            </>
          ) : null
        }
      />
      <ContactsTable rows={rows} total={total} state={tableState(params, page)} accounts={accounts} />
    </div>
  );
}
