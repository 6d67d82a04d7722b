import { getLocale, getTranslations } from "next-intl/server";
import { displayMoney } from "@/lib/domain/money";
import type { WarehouseTotal } from "@/lib/stock/balances/find-stock-balances";

/** One small card per warehouse: products in stock and (cost.read) stock value, under the list's filters. */
export async function WarehouseTotals({ totals, currency }: { totals: WarehouseTotal[]; currency: string }) {
  const t = await getTranslations("stock.balances");
  const locale = await getLocale();
  if (totals.length === 0) return null;
  return (
    <section aria-label={t("totals")} className="mb-4">
      <h2 className="sr-only">{t("totals")}</h2>
      <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
        {totals.map((w) => (
          <li key={w.warehouseId} className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm dark:border-slate-800 dark:bg-slate-900" data-testid="warehouse-total">
            <p className="text-sm font-medium">
              <span className="font-mono">{w.code}</span> · {w.name}
            </p>
            {w.value !== null && <p className="mt-1 text-lg font-semibold tabular-nums">{displayMoney(w.value, currency, locale)}</p>}
            <p className="mt-1 text-xs text-slate-500">{t("inStock", { count: w.products })}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
