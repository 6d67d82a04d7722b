import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { ContactForm } from "@/components/crm/contact-form";
import { Card, PageHeader } from "@/components/ui/card";
import { requirePermission } from "@/lib/auth/session";
import { findAccountOptions } from "@/lib/crm/accounts/find-account-form-options";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("crm");
  return { title: t("contacts.newTitle") };
}

export default async function NewContactPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePermission("crm.manage");
  const accounts = await findAccountOptions({ actor });
  const raw = (await searchParams).account;
  // Only preselect an account the actor can see; the service re-checks the scope anyway.
  const accountId = typeof raw === "string" && accounts.some((a) => a.id === raw) ? raw : undefined;
  const t = await getTranslations("crm");
  return (
    <div>
      <Breadcrumbs items={[{ label: t("contacts.title"), href: "/app/crm/contacts" }, { label: t("contacts.newTitle") }]} />
      <PageHeader title={t("contacts.newTitle")} />
      <Card>
        <ContactForm accounts={accounts} accountId={accountId} />
      </Card>
    </div>
  );
}
