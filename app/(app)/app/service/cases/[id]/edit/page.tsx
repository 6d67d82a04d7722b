import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { ServiceCaseForm } from "@/components/service/service-case-form";
import { Card, PageHeader } from "@/components/ui/card";
import { requirePermission } from "@/lib/auth/session";
import { NotFoundError } from "@/lib/errors";
import { findServiceCase } from "@/lib/service/cases/find-service-case";
import { findServiceCaseFormOptions } from "@/lib/service/cases/find-service-cases";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("service");
  return { title: t("editTitle") };
}

export default async function EditServiceCasePage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePermission("crm.manage");
  const { id } = await params;
  let c;
  try {
    c = await findServiceCase({ actor, id });
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
  const options = await findServiceCaseFormOptions({ actor });
  // The current owner and account stay selectable even when the editor could not pick them.
  if (!options.owners.some((u) => u.id === c.owner.id)) options.owners.unshift(c.owner);
  if (!options.accounts.some((a) => a.id === c.account.id)) options.accounts.unshift({ ...c.account, contacts: c.contact ? [{ id: c.contact.id, name: c.contact.name }] : [] });
  const t = await getTranslations("service");
  const values = {
    id: c.id, accountId: c.accountId, contactId: c.contactId ?? "", productId: c.productId ?? "", productText: c.productText, category: c.category, severity: c.severity,
    subject: c.subject, description: c.description, ownerId: c.ownerId,
  };
  return (
    <div>
      <Breadcrumbs items={[{ label: t("title"), href: "/app/service/cases" }, { label: c.number, href: `/app/service/cases/${c.id}` }, { label: t("editTitle") }]} />
      <PageHeader title={`${t("editTitle")} · ${c.number}`} />
      <Card>
        <ServiceCaseForm serviceCase={values} ownerId={c.ownerId} options={options} />
      </Card>
    </div>
  );
}
