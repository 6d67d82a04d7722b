import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { OpportunityForm } from "@/components/pipeline/opportunity-form";
import { Card, PageHeader } from "@/components/ui/card";
import { requirePermission } from "@/lib/auth/session";
import { findOpportunity } from "@/lib/crm/opportunities/find-opportunity";
import { findOpportunityFormOptions } from "@/lib/crm/opportunities/find-opportunities";
import { basisPointsToPercent } from "@/lib/domain/basis-points";
import { formatMoney } from "@/lib/domain/money";
import { NotFoundError } from "@/lib/errors";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("pipeline");
  return { title: t("editTitle") };
}

export default async function EditOpportunityPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePermission("crm.manage");
  const { id } = await params;
  let o;
  try {
    o = await findOpportunity({ actor, id });
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
  const options = await findOpportunityFormOptions({ actor, includeAccountId: o.accountId });
  // The current owner stays selectable even when the editor could not assign them.
  if (!options.owners.some((u) => u.id === o.owner.id)) options.owners.unshift(o.owner);
  const t = await getTranslations("pipeline");
  const values = {
    id: o.id, accountId: o.accountId, contactId: o.contactId ?? "", name: o.name, amount: formatMoney(o.amount, o.currencyCode), currencyCode: o.currencyCode, stageId: o.stageId,
    probability: basisPointsToPercent(o.probabilityBp), expectedCloseDate: o.expectedCloseDate, ownerId: o.ownerId, source: o.source, campaign: o.campaign, rating: o.rating,
    forecastCategory: o.forecastCategory, competitors: o.competitors, nextStep: o.nextStep, lostReason: o.lostReason,
  };
  return (
    <div>
      <Breadcrumbs items={[{ label: t("title"), href: "/app/crm/opportunities" }, { label: o.name, href: `/app/crm/opportunities/${o.id}` }, { label: t("editTitle") }]} />
      <PageHeader title={t("editTitle")} />
      <Card>
        <OpportunityForm opportunity={values} ownerId={o.ownerId} options={options} amountFromLines={o.lines.length > 0} />
      </Card>
    </div>
  );
}
