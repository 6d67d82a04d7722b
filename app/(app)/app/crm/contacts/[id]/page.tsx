import type { Metadata } from "next";
import { ActivityPanel } from "@/components/activities/activity-panel";
import { getTranslations } from "next-intl/server";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { MergedNotice } from "@/components/quality/merged-notice";
import { ContactForm } from "@/components/crm/contact-form";
import { Card, PageHeader } from "@/components/ui/card";
import { can } from "@/lib/auth/permissions";
import { getActor, requirePermission } from "@/lib/auth/session";
import { findAccountOptions } from "@/lib/crm/accounts/find-account-form-options";
import { findContact } from "@/lib/crm/contacts/find-contacts";
import { notFoundUnlessMerged } from "@/lib/crm/duplicates/merge-redirect";
import { NotFoundError } from "@/lib/errors";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

async function load(id: string) {
  const actor = await requirePermission("crm.read");
  try {
    return { actor, contact: await findContact({ actor, id }) };
  } catch (error) {
    // A merged-away record's old links lead to the survivor.
    if (error instanceof NotFoundError) await notFoundUnlessMerged("contact", id, (to) => `/app/crm/contacts/${to}`);
    throw error;
  }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  // Nothing about the record in the title unless the viewer may see it.
  if (!can(await getActor(), "crm.read")) return {};
  const { contact } = await load((await params).id);
  return { title: contact.name };
}

export default async function ContactPage({ params, searchParams }: Props) {
  const { actor, contact } = await load((await params).id);
  const t = await getTranslations("crm");
  const manage = can(actor, "crm.manage");
  const accounts = manage ? await findAccountOptions({ actor }) : [];
  // A split owner's shared account may be outside the picker's list: keep it selectable.
  const options = accounts.some((a) => a.id === contact.accountId) ? accounts : [{ id: contact.account.id, name: contact.account.name }, ...accounts];

  return (
    <div>
      <Breadcrumbs items={[{ label: t("contacts.title"), href: "/app/crm/contacts" }, { label: contact.account.name, href: `/app/crm/accounts/${contact.account.id}` }, { label: contact.name }]} />
      <PageHeader title={contact.name} description={contact.account.name} />
      <MergedNotice show={(await searchParams).merged === "1"} />
      <Card>
        {manage ? (
          <ContactForm
            key={contact.id}
            accounts={options}
            contact={{
              id: contact.id,
              accountId: contact.accountId,
              name: contact.name,
              title: contact.title,
              department: contact.department,
              email: contact.email,
              phone: contact.phone,
              mobile: contact.mobile,
              preferredLocale: contact.preferredLocale,
              isPrimary: contact.isPrimary,
              notes: contact.notes,
            }}
          />
        ) : (
          <dl className="grid gap-3 text-sm sm:grid-cols-2">
            {(["title", "department", "email", "phone", "mobile"] as const).map((k) => (
              <div key={k}>
                <dt className="text-xs text-slate-500">{t(`contacts.columns.${k}`)}</dt>
                <dd>{contact[k] || "—"}</dd>
              </div>
            ))}
          </dl>
        )}
      </Card>
      <div className="mt-4">
        <ActivityPanel actor={actor} kind="contact" id={contact.id} />
      </div>
    </div>
  );
}
