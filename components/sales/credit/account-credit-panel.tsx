import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { Plus } from "lucide-react";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { displayMoney } from "@/lib/domain/money";
import { findCreditPosition } from "@/lib/sales/credit/find-credit-position";
import { storedPhase } from "@/lib/sales/orders/order-phase";
import { PhaseBadge } from "@/components/sales/orders/phase-badge";
import { ExposureBox } from "./exposure-box";

/** The account page's credit panel: exposure against the limit, overdue invoices and open orders. */
export async function AccountCreditPanel({ actor, accountId }: { actor: Actor; accountId: string }) {
  if (!can(actor, "sales.read")) return null;
  const { credit, openOrders } = await findCreditPosition({ actor, accountId });
  const t = await getTranslations("credit.account");
  const to = await getTranslations("orders");
  const format = await getFormatter();
  const locale = await getLocale();
  const day = (d: string) => format.dateTime(new Date(`${d}T00:00:00Z`), { dateStyle: "medium", timeZone: "UTC" });
  return (
    <Card data-testid="account-credit">
      <div className="mb-3 flex items-center justify-between">
        <h2 className="text-sm font-semibold">{t("title")}</h2>
        <div className="flex gap-2">
          <Link href={`/app/billing/receivables/${accountId}`} className={buttonClass("secondary")} data-testid="account-ledger-link">
            {t("ledger")}
          </Link>
          {can(actor, "sales.manage") && (
            <Link href={`/app/sales/orders/new?accountId=${accountId}`} className={buttonClass("secondary")} data-testid="account-new-order">
              <Plus className="h-4 w-4" aria-hidden />
              {to("new")}
            </Link>
          )}
        </div>
      </div>
      <ExposureBox credit={credit} />
      <h3 className="mb-1 mt-4 text-xs font-semibold uppercase text-slate-500">{t("overdueInvoices")}</h3>
      {credit.overdue.length === 0 ? (
        <p className="text-sm text-slate-500">{t("noOverdue")}</p>
      ) : (
        <ul className="space-y-1 text-sm" data-testid="account-overdue">
          {credit.overdue.map((i) => (
            <li key={i.id} className="flex justify-between gap-2">
              <Link href={`/app/billing/invoices/${i.id}`} className="text-brand-600 hover:underline dark:text-blue-400">
                {i.number}
              </Link>
              <span className="text-xs text-slate-500">
                {t("dueDate")} {day(i.dueDate)}
              </span>
              <span className="tabular-nums text-red-600 dark:text-red-400">{displayMoney(i.open, i.currencyCode, locale)}</span>
            </li>
          ))}
        </ul>
      )}
      <h3 className="mb-1 mt-4 text-xs font-semibold uppercase text-slate-500">{t("openOrders")}</h3>
      {openOrders.length === 0 ? (
        <p className="text-sm text-slate-500">{t("noOpenOrders")}</p>
      ) : (
        <ul className="space-y-1 text-sm" data-testid="account-open-orders">
          {openOrders.map((o) => (
            <li key={o.id} className="flex items-center justify-between gap-2">
              <Link href={`/app/sales/orders/${o.id}`} className="text-brand-600 hover:underline dark:text-blue-400">
                {o.number}
              </Link>
              <PhaseBadge phase={storedPhase(o)} />
              <span className="tabular-nums">{displayMoney(o.total, o.currencyCode, locale)}</span>
            </li>
          ))}
        </ul>
      )}
      <Link href={`/app/sales/orders?account=${accountId}`} className="mt-3 inline-block text-xs text-brand-600 hover:underline dark:text-blue-400">
        {t("viewOrders")}
      </Link>
    </Card>
  );
}
