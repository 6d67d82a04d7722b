import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { DeliveryStatusBadge } from "@/components/sales/deliveries/delivery-status-badge";
import { DraftActions } from "@/components/sales/deliveries/draft-actions";
import { displayQuantity } from "@/components/stock/format";
import { Card, PageHeader } from "@/components/ui/card";
import { Fact } from "@/components/ui/fact";
import { cancelReturnAction, postReturnAction } from "@/lib/actions/returns";
import { can } from "@/lib/auth/permissions";
import { getActor, requirePermission } from "@/lib/auth/session";
import { displayMoney, toMinor } from "@/lib/domain/money";
import { NotFoundError } from "@/lib/errors";
import { findReturn } from "@/lib/sales/returns/find-return";
import { baseCurrency } from "@/lib/stock/base-currency";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

async function load(id: string) {
  const actor = await requirePermission("sales.read");
  try {
    return { actor, ret: await findReturn({ actor, id }) };
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  if (!can(await getActor(), "sales.read")) return {};
  const { ret } = await load((await params).id);
  return { title: ret.number };
}

const NUM = "text-right tabular-nums";
const LINK = "text-brand-600 hover:underline dark:text-blue-400";
const FLAGS = ["saved", "posted", "cancelled"] as const;

export default async function ReturnPage({ params, searchParams }: Props) {
  const { actor, ret } = await load((await params).id);
  const sp = await searchParams;
  const flag = FLAGS.find((f) => sp[f] === "1");
  const [t, locale, currency] = await Promise.all([getTranslations("deliveries"), getLocale(), baseCurrency()]);
  const showCost = can(actor, "cost.read") && ret.status === "posted";
  return (
    <div>
      <Breadcrumbs items={[{ label: t("returns.title"), href: "/app/sales/returns" }, { label: ret.number }]} />
      <PageHeader title={ret.number} description={ret.account.name} />
      {flag && (
        <p role="status" data-testid="form-success" className="mb-4 rounded-md bg-green-50 px-3 py-2 text-sm text-green-700 dark:bg-green-950 dark:text-green-300">
          {t(`returns.flash.${flag}`)}
        </p>
      )}
      {can(actor, "delivery.manage") && ret.status === "draft" && (
        <Card className="mb-4">
          <p className="mb-3 text-sm text-slate-600 dark:text-slate-300">{t("returns.detail.draftHint")}</p>
          <DraftActions id={ret.id} post={postReturnAction} cancel={cancelReturnAction} labels={{ post: t("returns.actions.post"), cancel: t("returns.actions.cancel"), cancelConfirm: t("returns.actions.cancelConfirm") }} testId="return" />
        </Card>
      )}
      <Card className="mb-4">
        <dl className="grid gap-x-6 gap-y-3 sm:grid-cols-2 lg:grid-cols-3">
          <Fact label={t("detail.status")}><span data-testid="return-status"><DeliveryStatusBadge status={ret.status} /></span></Fact>
          <Fact label={t("returns.columns.delivery")}><Link href={`/app/sales/deliveries/${ret.delivery.id}`} className={`font-mono ${LINK}`}>{ret.delivery.number}</Link></Fact>
          <Fact label={t("detail.account")}><Link href={`/app/crm/accounts/${ret.account.id}`} className={LINK}>{ret.account.name}</Link></Fact>
          <Fact label={t("returns.columns.date")}>{ret.returnDate}</Fact>
          <Fact label={t("detail.warehouse")}>{ret.warehouse ? `${ret.warehouse.code} · ${ret.warehouse.name}` : ""}</Fact>
          <Fact label={t("returns.columns.reason")}>{ret.reason}</Fact>
          <Fact label={t("detail.notes")}><span className="whitespace-pre-line">{ret.notes}</span></Fact>
          <Fact label={t("returns.columns.creditNote")}>
            {ret.creditNote ? (
              <Link href={`/app/billing/invoices/${ret.creditNote.id}`} className={`font-mono ${LINK}`} data-testid="return-credit-note">
                {ret.creditNote.number} ({displayMoney(toMinor(ret.creditNote.total), ret.creditNote.currencyCode, locale)})
              </Link>
            ) : ""}
          </Fact>
          {ret.stockOperationId && (
            <Fact label={t("detail.stockOperation")}>
              {can(actor, "stock.read") ? <Link href={`/app/stock/operations/${ret.stockOperationId}`} className={`font-mono ${LINK}`}>{ret.number}</Link> : ret.number}
            </Fact>
          )}
        </dl>
      </Card>
      <Card className="p-0">
        <div className="overflow-x-auto">
          <table className="min-w-full text-left text-sm" data-testid="return-lines">
            <thead className="bg-slate-50 text-xs uppercase tracking-wide text-slate-500 dark:bg-slate-800/50 dark:text-slate-400">
              <tr>
                <th scope="col" className="px-3 py-2 font-medium">{t("form.order")}</th>
                <th scope="col" className="px-3 py-2 font-medium">{t("form.product")}</th>
                <th scope="col" className={`px-3 py-2 font-medium ${NUM}`}>{t("form.quantity")}</th>
                <th scope="col" className="px-3 py-2 font-medium">{t("returns.form.disposition")}</th>
                {showCost && <th scope="col" className={`px-3 py-2 font-medium ${NUM}`}>{t("detail.unitCost")}</th>}
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100 dark:divide-slate-800">
              {ret.lines.map((l) => {
                const p = l.deliveryLine.orderLine.product;
                return (
                  <tr key={l.id} data-testid="return-line">
                    <td className="whitespace-nowrap px-3 py-2 font-mono">{l.deliveryLine.orderLine.order.number} · {l.deliveryLine.position + 1}</td>
                    <td className="px-3 py-2"><span className="font-mono text-xs text-slate-500">{p?.sku}</span> {p ? (locale === "zh-CN" ? p.nameZh : p.nameEn) : l.deliveryLine.orderLine.description}</td>
                    <td className={`whitespace-nowrap px-3 py-2 ${NUM}`}>{displayQuantity(l.quantity, locale)} <span className="text-xs text-slate-500">{l.deliveryLine.orderLine.uom}</span></td>
                    <td className="px-3 py-2">{t(`returns.form.${l.disposition === "scrap" ? "scrap" : "restock"}`)}</td>
                    {showCost && <td className={`px-3 py-2 ${NUM}`}>{displayMoney(l.unitCost, currency, locale)}</td>}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      </Card>
    </div>
  );
}
