import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { displayMoney } from "@/lib/domain/money";
import type { StockCard } from "@/lib/stock/cards/find-stock-card";
import { displayQuantity } from "./format";

const TH = "whitespace-nowrap px-3 py-2 font-medium";
const NUM = "text-right tabular-nums";

/** The moves of one page with in/out, running balance and (cost.read) costs and running value. */
export async function StockCardTable({ card, currency, showCost }: { card: StockCard; currency: string; showCost: boolean }) {
  const t = await getTranslations("stock");
  const locale = await getLocale();
  const format = await getFormatter();
  const q = (n: number) => displayQuantity(n, locale);
  const money = (n: number | null) => (n === null ? "" : displayMoney(n, currency, locale));
  const showValue = card.opening.value !== null;

  if (card.total === 0) return <p className="px-3 py-10 text-center text-slate-500">{t("card.empty")}</p>;
  return (
    <div className="overflow-x-auto">
      <table className="min-w-full text-left text-sm" data-testid="stock-card">
        <thead className="bg-slate-50 text-xs uppercase tracking-wide text-slate-500 dark:bg-slate-800/50 dark:text-slate-400">
          <tr>
            <th scope="col" className={TH}>{t("card.columns.date")}</th>
            <th scope="col" className={TH}>{t("card.columns.operation")}</th>
            <th scope="col" className={TH}>{t("card.columns.type")}</th>
            <th scope="col" className={TH}>{t("card.columns.reference")}</th>
            <th scope="col" className={TH}>{t("card.columns.warehouse")}</th>
            <th scope="col" className={`${TH} ${NUM}`}>{t("card.columns.in")}</th>
            <th scope="col" className={`${TH} ${NUM}`}>{t("card.columns.out")}</th>
            <th scope="col" className={`${TH} ${NUM}`}>{t("card.columns.balance")}</th>
            {showCost && <th scope="col" className={`${TH} ${NUM}`}>{t("card.columns.unitCost")}</th>}
            {showCost && <th scope="col" className={`${TH} ${NUM}`}>{t("card.columns.value")}</th>}
            {showValue && <th scope="col" className={`${TH} ${NUM}`}>{t("card.columns.balanceValue")}</th>}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100 dark:divide-slate-800">
          <tr className="bg-slate-50/50 text-slate-500 dark:bg-slate-800/20" data-testid="card-opening">
            <td className="px-3 py-2" colSpan={7}>{t("card.opening")}</td>
            <td className={`px-3 py-2 ${NUM}`}>{q(card.opening.quantity)}</td>
            {showCost && <td colSpan={2} />}
            {showValue && <td className={`px-3 py-2 ${NUM}`}>{money(card.opening.value)}</td>}
          </tr>
          {card.rows.map((r) => {
            const reference = r.operation.reversalOf
              ? t("card.reversalOf", { number: r.operation.reversalOf })
              : r.operation.type === "ADJUSTMENT" && r.operation.reference
                ? t(`reasons.${r.operation.reference as "count"}`)
                : r.operation.reference;
            return (
              <tr key={r.id} data-testid="card-row" className="hover:bg-slate-50 dark:hover:bg-slate-800/40">
                <td className="whitespace-nowrap px-3 py-2">
                  <time dateTime={r.postedAt.toISOString()}>{format.dateTime(r.postedAt, { dateStyle: "medium", timeStyle: "short" })}</time>
                </td>
                <td className="whitespace-nowrap px-3 py-2">
                  <Link href={`/app/stock/operations/${r.operation.id}`} className="font-mono text-brand-600 hover:underline dark:text-blue-400">
                    {r.operation.number}
                  </Link>
                </td>
                <td className="whitespace-nowrap px-3 py-2" data-testid="card-type">{t(`types.${r.operation.type as "RECEIPT"}`)}</td>
                <td className="px-3 py-2 text-slate-600 dark:text-slate-300">{reference}</td>
                <td className="whitespace-nowrap px-3 py-2 font-mono">{r.warehouse}</td>
                <td className={`px-3 py-2 ${NUM}`} data-testid="card-in">{r.quantity > 0 ? q(r.quantity) : ""}</td>
                <td className={`px-3 py-2 ${NUM}`} data-testid="card-out">{r.quantity < 0 ? q(-r.quantity) : ""}</td>
                <td className={`px-3 py-2 font-medium ${NUM}`} data-testid="card-balance">{q(r.balance)}</td>
                {showCost && <td className={`px-3 py-2 ${NUM}`}>{money(r.unitCost)}</td>}
                {showCost && <td className={`px-3 py-2 ${NUM}`}>{money(r.valueDelta)}</td>}
                {showValue && <td className={`px-3 py-2 ${NUM}`}>{money(r.balanceValue)}</td>}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
