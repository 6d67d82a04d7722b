import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { displayQuantity } from "@/components/stock/format";
import { Pager } from "@/components/stock/pager";
import { StockCardTable } from "@/components/stock/stock-card-table";
import { UrlSelect } from "@/components/stock/url-select";
import { buttonClass } from "@/components/ui/button";
import { Badge, Card, PageHeader } from "@/components/ui/card";
import { can } from "@/lib/auth/permissions";
import { getActor, requirePermission } from "@/lib/auth/session";
import { displayMoney } from "@/lib/domain/money";
import { NotFoundError } from "@/lib/errors";
import { baseCurrency } from "@/lib/stock/base-currency";
import { findStockCard } from "@/lib/stock/cards/find-stock-card";
import { findWarehouseOptions } from "@/lib/stock/find-stock-filter-options";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

async function load(id: string, raw: Record<string, string | string[] | undefined>) {
  const actor = await requirePermission("stock.read");
  const warehouse = one(raw.warehouse);
  const pageText = one(raw.page);
  const page = pageText && /^\d{1,6}$/.test(pageText) ? Number(pageText) : null;
  try {
    const card = await findStockCard({ actor, productId: id, warehouseId: warehouse && /^[A-Za-z0-9_-]{1,50}$/.test(warehouse) ? warehouse : null, page });
    return { actor, card, warehouse: warehouse ?? "" };
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  if (!can(await getActor(), "stock.read")) return {};
  const { card } = await load((await params).id, {});
  const t = await getTranslations("stock.card");
  return { title: `${t("title")} · ${card.product.sku}` };
}

export default async function StockCardPage({ params, searchParams }: Props) {
  const { id } = await params;
  const raw = await searchParams;
  const { actor, card, warehouse } = await load(id, raw);
  const [t, locale, currency, warehouses] = await Promise.all([getTranslations("stock"), getLocale(), baseCurrency(), findWarehouseOptions()]);
  const showCost = can(actor, "cost.read");
  const q = (n: number) => displayQuantity(n, locale);
  const money = (n: number | null) => (n === null ? "—" : displayMoney(n, currency, locale));
  const href = (page: number) => `/app/stock/products/${id}?${new URLSearchParams({ ...(warehouse ? { warehouse } : {}), page: String(page) })}`;

  return (
    <div>
      <Breadcrumbs items={[{ label: t("title"), href: "/app/stock" }, { label: t("card.title") }, { label: card.product.sku }]} />
      <PageHeader
        title={`${card.product.sku} · ${card.product.name}`}
        description={t("card.description")}
        actions={
          <Link href={`/app/catalog/products/${card.product.id}`} className={buttonClass("secondary")}>
            {t("card.productPage")}
          </Link>
        }
      />
      <div className="mb-4 grid gap-3 sm:grid-cols-3">
        <Card>
          <p className="text-xs text-slate-500">{t("card.onHand")}</p>
          <p className="mt-1 text-lg font-semibold tabular-nums" data-testid="card-onhand">
            {q(card.summary.onHand)} <span className="text-sm font-normal text-slate-500">{card.product.uom}</span>
          </p>
          <div className="mt-2 flex flex-wrap gap-1">
            {!card.product.stockTracked && <Badge tone="amber">{t("card.notTracked")}</Badge>}
            {card.product.allowBackorder && <Badge tone="blue">{t("card.backorders")}</Badge>}
            {card.product.reorderPoint !== null && <Badge>{t("card.reorderPoint", { quantity: q(card.product.reorderPoint) })}</Badge>}
          </div>
        </Card>
        {showCost && (
          <Card>
            <p className="text-xs text-slate-500">{t("card.averageCost")}</p>
            <p className="mt-1 text-lg font-semibold tabular-nums" data-testid="card-average">{money(card.summary.averageCost)}</p>
            <p className="mt-2 text-xs text-slate-500">{t("card.value")}</p>
            <p className="font-medium tabular-nums" data-testid="card-value">{money(card.summary.value)}</p>
          </Card>
        )}
        <Card>
          <p className="mb-1 text-xs text-slate-500">{t("card.perWarehouse")}</p>
          <ul className="space-y-0.5 text-sm">
            {card.levels.map((l) => (
              <li key={l.warehouseId} className="flex justify-between gap-3">
                <span className="font-mono">{l.code}</span>
                <span className="tabular-nums">{q(l.onHand)}</span>
              </li>
            ))}
          </ul>
        </Card>
      </div>
      <div className="rounded-xl border border-slate-200 bg-white shadow-sm dark:border-slate-800 dark:bg-slate-900">
        <div className="flex flex-wrap items-end gap-3 border-b border-slate-200 p-3 dark:border-slate-800">
          <UrlSelect name="warehouse" label={t("card.warehouse")} value={warehouse} options={warehouses} allLabel={t("card.allWarehouses")} testId="card-warehouse" />
          {showCost && warehouse && <p className="text-xs text-slate-500">{t("card.valueHint")}</p>}
        </div>
        <StockCardTable card={card} currency={currency} showCost={showCost} />
        <Pager page={card.page} pages={card.pages} total={card.total} href={href} />
      </div>
    </div>
  );
}
