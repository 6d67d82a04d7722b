import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Download } from "lucide-react";
import { buttonClass } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import type { PriceListProductGroup } from "@/lib/pricing/price-lists/find-price-list-items";
import { PriceListItemRow } from "./price-list-item-row";

type Props = {
  list: { id: string; currencyCode: string; taxInclusive: boolean };
  products: PriceListProductGroup[];
  total: number;
  page: number;
  pages: number;
  q: string;
};

/** A list's prices grouped by product, each product's quantity breaks in ascending order. */
export async function PriceListItems({ list, products, total, page, pages, q }: Props) {
  const t = await getTranslations("pricing");
  const href = (p: number) => `/app/pricing/price-lists/${list.id}?${new URLSearchParams({ ...(q ? { q } : {}), page: String(p) })}`;

  return (
    <div className="rounded-xl border border-slate-200 bg-white shadow-sm dark:border-slate-800 dark:bg-slate-900" data-testid="price-items">
      <div className="flex flex-wrap items-end gap-3 border-b border-slate-200 p-3 dark:border-slate-800">
        <form className="flex items-center gap-2" action={`/app/pricing/price-lists/${list.id}`}>
          <label className="sr-only" htmlFor="items-q">{t("items.search")}</label>
          <input id="items-q" name="q" defaultValue={q} placeholder={t("items.search")} className={inputClass} />
        </form>
        <p className="text-sm text-slate-500">{t("items.productCount", { count: total })}</p>
        <a href={`/app/pricing/price-lists/${list.id}/export`} className={buttonClass("secondary", "ml-auto py-1.5")} download data-testid="price-items-export">
          <Download className="h-4 w-4" aria-hidden />
          {t("items.export")}
        </a>
      </div>
      <div className="overflow-x-auto">
        <table className="min-w-full text-left text-sm">
          <thead className="bg-slate-50 text-xs uppercase tracking-wide text-slate-500 dark:bg-slate-800/50 dark:text-slate-400">
            <tr>
              <th scope="col" className="px-3 py-2 font-medium">{t("items.columns.product")}</th>
              <th scope="col" className="px-3 py-2 text-right font-medium">{t("items.columns.minQty")}</th>
              <th scope="col" className="px-3 py-2 text-right font-medium">
                {t(list.taxInclusive ? "items.columns.priceGross" : "items.columns.priceNet", { currency: list.currencyCode })}
              </th>
              <th scope="col" className="px-3 py-2 font-medium">{t("items.columns.updatedAt")}</th>
              <th scope="col" className="px-3 py-2"><span className="sr-only">{t("items.columns.actions")}</span></th>
            </tr>
          </thead>
          <tbody>
            {products.flatMap((product) =>
              product.priceItems.map((item, i) => (
                <PriceListItemRow
                  key={item.id}
                  priceListId={list.id}
                  currency={list.currencyCode}
                  taxInclusive={list.taxInclusive}
                  product={{ id: product.id, sku: product.sku, nameZh: product.nameZh, nameEn: product.nameEn, uom: product.uom, uomDecimals: product.uomDecimals }}
                  item={item}
                  first={i === 0}
                  breaks={product.priceItems.length}
                />
              )),
            )}
            {products.length === 0 && (
              <tr>
                <td colSpan={5} className="px-3 py-10 text-center text-slate-500" data-testid="empty-state">
                  {q ? t("items.emptyFiltered") : t("items.empty")}
                </td>
              </tr>
            )}
          </tbody>
        </table>
      </div>
      {pages > 1 && (
        <nav className="flex items-center justify-end gap-3 border-t border-slate-200 p-3 text-sm dark:border-slate-800" aria-label={t("items.pages")}>
          {page > 1 && <Link href={href(page - 1)} className="text-brand-600 hover:underline">{t("items.previous")}</Link>}
          <span className="text-slate-500">{t("items.pageOf", { page, pages })}</span>
          {page < pages && <Link href={href(page + 1)} className="text-brand-600 hover:underline">{t("items.next")}</Link>}
        </nav>
      )}
    </div>
  );
}
