import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { ReturnForm } from "@/components/sales/returns/return-form";
import { Card, PageHeader } from "@/components/ui/card";
import { requirePermission } from "@/lib/auth/session";
import { NotFoundError } from "@/lib/errors";
import { companyDay } from "@/lib/pricing/company-day";
import { findReturnableLines } from "@/lib/sales/returns/find-returnable-lines";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("deliveries.returns");
  return { title: t("new.title") };
}

export default async function NewReturnPage({ searchParams }: Props) {
  const actor = await requirePermission("delivery.manage");
  const deliveryId = (await searchParams).deliveryId;
  // Returns start from a delivery (its page has the button).
  if (typeof deliveryId !== "string" || !/^[A-Za-z0-9_-]{1,50}$/.test(deliveryId)) notFound();
  let offer;
  try {
    offer = await findReturnableLines({ actor, deliveryId });
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
  const t = await getTranslations("deliveries");
  return (
    <div>
      <Breadcrumbs items={[{ label: t("returns.title"), href: "/app/sales/returns" }, { label: offer.delivery.number, href: `/app/sales/deliveries/${offer.delivery.id}` }, { label: t("returns.new.title") }]} />
      <PageHeader title={t("returns.new.title")} description={t("returns.new.against", { number: offer.delivery.number, account: offer.delivery.account.name })} />
      <Card>
        {offer.delivery.status !== "posted" ? (
          <p className="text-sm text-slate-500">{t("returns.new.notPosted")}</p>
        ) : (
          <ReturnForm deliveryId={offer.delivery.id} returnDate={companyDay()} lines={offer.lines} />
        )}
      </Card>
    </div>
  );
}
