import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { PriceListForm } from "@/components/pricing/price-list-form";
import { PriceListItemForm } from "@/components/pricing/price-list-item-form";
import { PriceListItems } from "@/components/pricing/price-list-items";
import { Badge, Card, PageHeader } from "@/components/ui/card";
import { can } from "@/lib/auth/permissions";
import { getActor, requirePermission } from "@/lib/auth/session";
import { NotFoundError } from "@/lib/errors";
import { findBaseCurrency } from "@/lib/pricing/currencies/find-base-currency";
import { findEnabledCurrencies } from "@/lib/pricing/currencies/find-currencies";
import { findPriceList } from "@/lib/pricing/price-lists/find-price-list";
import { findPriceListItems } from "@/lib/pricing/price-lists/find-price-list-items";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

async function load(id: string) {
  const actor = await requirePermission("pricing.manage");
  try {
    return { actor, list: await findPriceList({ actor, id }) };
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  // Nothing about the record in the title unless the viewer may see it.
  const actor = await getActor();
  if (!can(actor, "pricing.manage")) return {};
  const { list } = await load((await params).id);
  return { title: list.name };
}

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? "";

export default async function PriceListPage({ params, searchParams }: Props) {
  const { actor, list } = await load((await params).id);
  const raw = await searchParams;
  const q = one(raw.q).trim().slice(0, 100);
  const page = Math.max(1, Number.parseInt(one(raw.page), 10) || 1);
  const [items, enabled, baseCurrency] = await Promise.all([findPriceListItems({ actor, priceListId: list.id, q, page }), findEnabledCurrencies({ actor }), findBaseCurrency()]);
  const t = await getTranslations("pricing");
  // The list's own currency stays choosable even if it was disabled since.
  const currencies = enabled.some((c) => c.code === list.currencyCode) ? enabled : [{ code: list.currencyCode, nameZh: list.currencyCode, nameEn: list.currencyCode }, ...enabled];

  return (
    <div>
      <Breadcrumbs items={[{ label: t("title") }, { label: t("lists.title"), href: "/app/pricing/price-lists" }, { label: list.name }]} />
      <PageHeader
        title={list.name}
        description={t("lists.summary", { currency: list.currencyCode, tax: list.taxInclusive ? "inclusive" : "exclusive" })}
        actions={
          <div className="flex gap-2">
            {list.isDefault && <Badge tone="blue">{t("lists.default")}</Badge>}
            {list.active ? <Badge tone="green">{t("lists.active")}</Badge> : <Badge tone="red">{t("lists.inactive")}</Badge>}
          </div>
        }
      />
      {raw.created === "1" && (
        <p role="status" data-testid="form-success" className="mb-4 rounded-md bg-green-50 px-3 py-2 text-sm text-green-700 dark:bg-green-950 dark:text-green-300">
          {t("lists.created")}
        </p>
      )}
      <div className="space-y-6">
        <Card>
          <h2 className="mb-3 text-sm font-medium text-slate-500">{t("items.add")}</h2>
          <PriceListItemForm priceListId={list.id} currency={list.currencyCode} taxInclusive={list.taxInclusive} />
          <p className="mt-3 text-xs text-slate-500">{t("items.addHint")}</p>
        </Card>
        <PriceListItems list={list} products={items.products} total={items.total} page={items.page} pages={items.pages} q={q} />
        <Card>
          <h2 className="mb-3 text-sm font-medium text-slate-500">{t("lists.settings")}</h2>
          <PriceListForm
            key={list.id}
            currencies={currencies}
            baseCurrency={baseCurrency}
            list={{ ...list, validFrom: list.validFrom ?? "", validTo: list.validTo ?? "", hasItems: list.itemCount > 0 }}
          />
        </Card>
      </div>
    </div>
  );
}
