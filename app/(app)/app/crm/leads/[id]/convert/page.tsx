import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { LeadConvertForm } from "@/components/leads/lead-convert-form";
import { Card, PageHeader } from "@/components/ui/card";
import { can } from "@/lib/auth/permissions";
import { loadLead } from "../load-lead";
import { getActor } from "@/lib/auth/session";
import { findOpportunityFormOptions } from "@/lib/crm/opportunities/find-opportunities";
import { canConvertLead } from "@/lib/domain/leads";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  if (!can(await getActor(), "crm.manage")) return {};
  const { lead } = await loadLead((await params).id, "crm.manage");
  const t = await getTranslations("leads");
  return { title: t("convert.title", { number: lead.number }) };
}

/** The convert step of a qualified lead; any other status goes back to the lead. */
export default async function ConvertLeadPage({ params }: Props) {
  const { actor, lead } = await loadLead((await params).id, "crm.manage");
  if (!canConvertLead(lead.status)) redirect(`/app/crm/leads/${lead.id}`);
  const options = await findOpportunityFormOptions({ actor });
  const t = await getTranslations("leads");
  const stages = options.stages.filter((s) => s.active && s.kind === "open");

  return (
    <div>
      <Breadcrumbs items={[{ label: t("title"), href: "/app/crm/leads" }, { label: lead.number, href: `/app/crm/leads/${lead.id}` }, { label: t("view.convert") }]} />
      <PageHeader title={t("convert.title", { number: lead.number })} description={t("convert.description", { owner: lead.owner.name })} />
      <Card>
        <LeadConvertForm
          lead={{ id: lead.id, personName: lead.personName, company: lead.company }}
          accounts={options.accounts.map((a) => ({ id: a.id, name: a.name }))}
          currencies={options.currencies}
          baseCurrency={options.baseCurrency}
          stages={stages}
        />
      </Card>
    </div>
  );
}
