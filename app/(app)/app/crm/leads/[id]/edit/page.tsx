import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { LeadForm } from "@/components/leads/lead-form";
import { Card, PageHeader } from "@/components/ui/card";
import { can } from "@/lib/auth/permissions";
import { loadLead } from "../load-lead";
import { getActor } from "@/lib/auth/session";
import { findOwnerOptions } from "@/lib/crm/crm-scope";
import { isLeadReadOnly } from "@/lib/domain/leads";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  // Nothing about the record in the title unless the viewer may see it.
  if (!can(await getActor(), "crm.manage")) return {};
  const { lead } = await loadLead((await params).id, "crm.manage");
  const t = await getTranslations("leads");
  return { title: t("editTitle", { number: lead.number }) };
}

export default async function EditLeadPage({ params }: Props) {
  const { actor, lead } = await loadLead((await params).id, "crm.manage");
  // A converted lead is read-only: there is nothing to edit.
  if (isLeadReadOnly(lead.status)) redirect(`/app/crm/leads/${lead.id}`);
  const options = await findOwnerOptions({ actor });
  const t = await getTranslations("leads");
  // The current owner stays selectable even when the actor could not assign them.
  const owners = options.some((o) => o.id === lead.owner.id) ? options : [...options, lead.owner];

  return (
    <div>
      <Breadcrumbs items={[{ label: t("title"), href: "/app/crm/leads" }, { label: lead.number, href: `/app/crm/leads/${lead.id}` }, { label: t("edit") }]} />
      <PageHeader title={t("editTitle", { number: lead.number })} description={lead.personName} />
      <Card>
        <LeadForm
          key={lead.id}
          defaultOwnerId={lead.ownerId}
          owners={owners}
          allowRules={false}
          lead={{
            id: lead.id,
            personName: lead.personName,
            company: lead.company,
            title: lead.title,
            email: lead.email,
            phone: lead.phone,
            region: lead.region,
            province: lead.province,
            city: lead.city,
            industry: lead.industry,
            source: lead.source,
            campaign: lead.campaign,
            ownerId: lead.ownerId,
            rating: lead.rating,
            score: String(lead.score),
            notes: lead.notes,
          }}
        />
      </Card>
    </div>
  );
}
