import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { displayMoney } from "@/lib/domain/money";
import type { AccountLedger, LedgerRow } from "@/lib/sales/receivables/find-account-ledger";

function href(row: LedgerRow): string {
  return row.documentType === "payment" ? `/app/billing/payments/${row.documentId}` : `/app/billing/invoices/${row.documentId}`;
}

/**
 * The ledger rows with debit (the customer owes more), credit (less) and the running balance,
 * in base currency; a document in another currency also shows its own amount. Allocations
 * are listed under the money they applied and move no balance.
 */
export async function LedgerTable({ ledger, testId }: { ledger: AccountLedger; testId: string }) {
  const t = await getTranslations("receivables.ledger");
  const locale = await getLocale();
  const base = ledger.baseCurrency;
  const money = (v: number, c = base) => displayMoney(v, c, locale);
  return (
    <table className="w-full text-sm" data-testid={testId}>
      <thead>
        <tr className="border-b border-slate-200 text-left text-xs text-slate-500 dark:border-slate-700">
          <th className="py-2">{t("date")}</th>
          <th className="py-2">{t("kind")}</th>
          <th className="py-2">{t("number")}</th>
          <th className="py-2">{t("dueDate")}</th>
          <th className="py-2 text-right">{t("debit")}</th>
          <th className="py-2 text-right">{t("credit")}</th>
          <th className="py-2 text-right">{t("balance")}</th>
        </tr>
      </thead>
      <tbody>
        <tr className="border-b border-slate-100 font-medium dark:border-slate-800">
          <td className="py-1.5" colSpan={6}>{t("opening")}</td>
          <td className="py-1.5 text-right tabular-nums" data-testid="ledger-opening">{money(ledger.opening)}</td>
        </tr>
        {ledger.rows.length === 0 && (
          <tr>
            <td colSpan={7} className="py-3 text-center text-slate-500">{t("empty")}</td>
          </tr>
        )}
        {ledger.rows.map((r) =>
          r.kind === "ALLOCATION" ? (
            <tr key={r.id} className="border-b border-slate-100 text-slate-500 dark:border-slate-800">
              <td className="py-1 pl-4">{r.date}</td>
              <td className="py-1">{t("kinds.ALLOCATION")}</td>
              <td className="py-1" colSpan={5}>
                <Link href={href(r)} className="hover:underline">{r.number}</Link> {t("appliedTo", { number: r.appliedTo })} · <span className="tabular-nums">{money(r.amount, r.currencyCode)}</span>
              </td>
            </tr>
          ) : (
            <tr key={r.id} className="border-b border-slate-100 dark:border-slate-800" data-testid="ledger-entry">
              <td className="py-1.5">{r.date}</td>
              <td className="py-1.5">{t(`kinds.${r.kind}`)}</td>
              <td className="py-1.5">
                <Link href={href(r)} className="text-brand-600 hover:underline dark:text-blue-400">{r.number}</Link>
                {r.currencyCode !== base && <span className="ml-1 text-xs text-slate-500">({money(r.amount, r.currencyCode)})</span>}
              </td>
              <td className="py-1.5">{r.dueDate}</td>
              <td className="py-1.5 text-right tabular-nums">{r.amountBase > 0 ? money(r.amountBase) : ""}</td>
              <td className="py-1.5 text-right tabular-nums">{r.amountBase < 0 ? money(-r.amountBase) : ""}</td>
              <td className="py-1.5 text-right tabular-nums">{money(r.balance)}</td>
            </tr>
          ),
        )}
        <tr className="font-semibold">
          <td className="py-2" colSpan={6}>{t("closing")}</td>
          <td className="py-2 text-right tabular-nums" data-testid="ledger-closing">{money(ledger.closing)}</td>
        </tr>
      </tbody>
    </table>
  );
}
