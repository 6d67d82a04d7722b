import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { DiscountLimitsForm } from "@/components/pricing/discount-limits-form";
import { Card, PageHeader } from "@/components/ui/card";
import type { Role } from "@/lib/auth/roles";
import { requirePermission } from "@/lib/auth/session";
import { basisPointsToPercent } from "@/lib/domain/basis-points";
import { findDiscountLimits } from "@/lib/pricing/discounts/find-discount-limits";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("pricing");
  return { title: t("discounts.title") };
}

export default async function DiscountsPage() {
  const actor = await requirePermission("pricing.manage");
  const limits = await findDiscountLimits({ actor });
  const t = await getTranslations("pricing");
  const ts = await getTranslations("settings");
  const initial = Object.fromEntries(Object.entries(limits).map(([role, bp]) => [role, basisPointsToPercent(bp)])) as Record<Role, string>;

  return (
    <div>
      <Breadcrumbs items={[{ label: ts("title"), href: "/app/settings" }, { label: t("discounts.title") }]} />
      <PageHeader title={t("discounts.title")} description={t("discounts.description")} />
      <Card>
        <DiscountLimitsForm initial={initial} />
      </Card>
    </div>
  );
}
