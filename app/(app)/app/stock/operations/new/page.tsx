import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { OperationForm, type OperationKind } from "@/components/stock/operation-form";
import { Card, PageHeader } from "@/components/ui/card";
import { requirePermission } from "@/lib/auth/session";
import { baseCurrency } from "@/lib/stock/base-currency";
import { findWarehouseOptions } from "@/lib/stock/find-stock-filter-options";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const KINDS: OperationKind[] = ["receipt", "adjustment", "transfer"];
const kindOf = (raw: string | string[] | undefined): OperationKind => KINDS.find((k) => k === raw) ?? "receipt";

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const t = await getTranslations("stock.form");
  return { title: t(`title.${kindOf((await searchParams).type)}`) };
}

export default async function NewStockOperationPage({ searchParams }: Props) {
  await requirePermission("stock.manage");
  const kind = kindOf((await searchParams).type);
  const [t, warehouses, currency] = await Promise.all([getTranslations("stock"), findWarehouseOptions({ activeOnly: true }), baseCurrency()]);
  return (
    <div>
      <Breadcrumbs items={[{ label: t("title"), href: "/app/stock" }, { label: t("operations.title"), href: "/app/stock/operations" }, { label: t(`form.title.${kind}`) }]} />
      <PageHeader title={t(`form.title.${kind}`)} description={t(`form.description.${kind}`)} />
      <Card>
        {/* A new form (fresh lines) when switching between kinds. */}
        <OperationForm key={kind} kind={kind} warehouses={warehouses} currency={currency} />
      </Card>
    </div>
  );
}
