import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { FileText, Pencil, Receipt, Undo2 } from "lucide-react";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { DraftActions } from "@/components/sales/deliveries/draft-actions";
import { DeliveryStatusBadge } from "@/components/sales/deliveries/delivery-status-badge";
import { ReceiptForm } from "@/components/sales/deliveries/receipt-form";
import { displayQuantity } from "@/components/stock/format";
import { buttonClass } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { Fact } from "@/components/ui/fact";
import { cancelDeliveryAction, postDeliveryAction } from "@/lib/actions/deliveries";
import { can } from "@/lib/auth/permissions";
import { getActor, requirePermission } from "@/lib/auth/session";
import { displayMoney } from "@/lib/domain/money";
import { NotFoundError } from "@/lib/errors";
import { companyDay } from "@/lib/pricing/company-day";
import { findDelivery } from "@/lib/sales/deliveries/find-delivery";
import { baseCurrency } from "@/lib/stock/base-currency";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

async function load(id: string) {
  const actor = await requirePermission("sales.read");
  try {
    return { actor, delivery: await findDelivery({ actor, id }) };
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  if (!can(await getActor(), "sales.read")) return {};
  const { delivery } = await load((await params).id);
  return { title: delivery.number };
}

const NUM = "text-right tabular-nums";
const LINK = "text-brand-600 hover:underline dark:text-blue-400";
const FLAGS = ["saved", "posted", "cancelled", "received"] as const;

export default async function DeliveryPage({ params, searchParams }: Props) {
  const { actor, delivery: d } = await load((await params).id);
  const sp = await searchParams;
  const flag = FLAGS.find((f) => sp[f] === "1");
  const [t, locale, currency] = await Promise.all([getTranslations("deliveries"), getLocale(), baseCurrency()]);
  const manage = can(actor, "delivery.manage");
  const showCost = can(actor, "cost.read") && d.status === "posted";
  const name = (p: { nameZh: string; nameEn: string } | null, fallback: string) => (p ? (locale === "zh-CN" ? p.nameZh : p.nameEn) : fallback);
  const returnable = d.lines.some((l) => l.quantity > l.returnedQty);

  return (
    <div>
      <Breadcrumbs items={[{ label: t("title"), href: "/app/sales/deliveries" }, { label: d.number }]} />
      <PageHeader
        title={d.number}
        description={d.account.name}
        actions={
          <>
            <Link href={`/app/sales/deliveries/${d.id}/pdf`} className={buttonClass("secondary")} target="_blank" data-testid="delivery-pdf">
              <FileText className="h-4 w-4" aria-hidden />
              {t("actions.pdf")}
            </Link>
            {manage && d.status === "draft" && (
              <Link href={`/app/sales/deliveries/${d.id}/edit`} className={buttonClass("secondary")} data-testid="edit-delivery">
                <Pencil className="h-4 w-4" aria-hidden />
                {t("actions.edit")}
              </Link>
            )}
            {can(actor, "billing.manage") && d.status === "posted" && d.lines.some((l) => l.quantity - l.returnedQty > l.invoicedQty - l.creditedQty) && (
              <Link href={`/app/billing/invoices/new?deliveryId=${d.id}`} className={buttonClass("secondary")} data-testid="invoice-delivery">
                <Receipt className="h-4 w-4" aria-hidden />
                {t("actions.invoice")}
              </Link>
            )}
            {manage && d.status === "posted" && returnable && (
              <Link href={`/app/sales/returns/new?deliveryId=${d.id}`} className={buttonClass("secondary")} data-testid="new-return">
                <Undo2 className="h-4 w-4" aria-hidden />
                {t("actions.return")}
              </Link>
            )}
          </>
        }
      />
      {flag && (
        <p role="status" data-testid="form-success" className="mb-4 rounded-md bg-green-50 px-3 py-2 text-sm text-green-700 dark:bg-green-950 dark:text-green-300">
          {t(`flash.${flag}`)}
        </p>
      )}
      {manage && d.status === "draft" && (
        <Card className="mb-4">
          <p className="mb-3 text-sm text-slate-600 dark:text-slate-300">{t("detail.draftHint")}</p>
          <DraftActions id={d.id} post={postDeliveryAction} cancel={cancelDeliveryAction} labels={{ post: t("actions.post"), cancel: t("actions.cancel"), cancelConfirm: t("actions.cancelConfirm") }} testId="delivery" />
        </Card>
      )}
      <Card className="mb-4">
        <dl className="grid gap-x-6 gap-y-3 sm:grid-cols-2 lg:grid-cols-3">
          <Fact label={t("detail.status")}><span data-testid="delivery-status"><DeliveryStatusBadge status={d.status} /></span></Fact>
          <Fact label={t("detail.account")}><Link href={`/app/crm/accounts/${d.account.id}`} className={LINK}>{d.account.name}</Link></Fact>
          <Fact label={t("detail.date")}>{d.deliveryDate}</Fact>
          <Fact label={t("detail.warehouse")}>{d.warehouse ? `${d.warehouse.code} · ${d.warehouse.name}` : ""}</Fact>
          <Fact label={t("detail.carrier")}>{d.carrier}</Fact>
          <Fact label={t("detail.trackingNumber")}>{d.trackingNumber}</Fact>
          <Fact label={t("detail.shippingAddress")}><span className="whitespace-pre-line">{d.shippingAddress}</span></Fact>
          <Fact label={t("detail.notes")}><span className="whitespace-pre-line">{d.notes}</span></Fact>
          {d.stockOperationId && (
            <Fact label={t("detail.stockOperation")}>
              {can(actor, "stock.read") ? <Link href={`/app/stock/operations/${d.stockOperationId}`} className={`font-mono ${LINK}`}>{d.number}</Link> : d.number}
            </Fact>
          )}
        </dl>
      </Card>

      <Card className="mb-4 p-0">
        <h2 className="px-5 pt-4 text-sm font-semibold">{t("detail.lines")}</h2>
        <div className="overflow-x-auto">
          <table className="mt-2 min-w-full text-left text-sm" data-testid="delivery-lines">
            <thead className="bg-slate-50 text-xs uppercase tracking-wide text-slate-500 dark:bg-slate-800/50 dark:text-slate-400">
              <tr>
                <th scope="col" className="px-3 py-2 font-medium">{t("form.order")}</th>
                <th scope="col" className="px-3 py-2 font-medium">{t("form.product")}</th>
                <th scope="col" className={`px-3 py-2 font-medium ${NUM}`}>{t("form.quantity")}</th>
                {showCost && <th scope="col" className={`px-3 py-2 font-medium ${NUM}`}>{t("detail.unitCost")}</th>}
                <th scope="col" className={`px-3 py-2 font-medium ${NUM}`}>{t("detail.returned")}</th>
                <th scope="col" className={`px-3 py-2 font-medium ${NUM}`}>{t("detail.invoiced")}</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100 dark:divide-slate-800">
              {d.lines.map((l) => (
                <tr key={l.id} data-testid="delivery-line">
                  <td className="whitespace-nowrap px-3 py-2 font-mono">
                    <Link href={`/app/sales/orders/${l.orderLine.order.id}`} className={LINK}>{l.orderLine.order.number}</Link> · {l.orderLine.position + 1}
                  </td>
                  <td className="px-3 py-2"><span className="font-mono text-xs text-slate-500">{l.orderLine.product?.sku}</span> {name(l.orderLine.product, l.orderLine.description)}</td>
                  <td className={`whitespace-nowrap px-3 py-2 ${NUM}`}>{displayQuantity(l.quantity, locale)} <span className="text-xs text-slate-500">{l.orderLine.uom}</span></td>
                  {showCost && <td className={`px-3 py-2 ${NUM}`}>{displayMoney(l.unitCost, currency, locale)}</td>}
                  <td className={`px-3 py-2 ${NUM}`}>{displayQuantity(l.returnedQty, locale)}</td>
                  <td className={`px-3 py-2 ${NUM}`}>{displayQuantity(l.invoicedQty - l.creditedQty, locale)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </Card>

      {d.status === "posted" && (
        <Card className="mb-4">
          <h2 className="mb-3 text-sm font-semibold">{t("receipt.title")}</h2>
          {d.receivedDate ? (
            <dl className="mb-4 grid gap-x-6 gap-y-3 sm:grid-cols-2 lg:grid-cols-4" data-testid="receipt-facts">
              <Fact label={t("receipt.date")}>{d.receivedDate}</Fact>
              <Fact label={t("receipt.signer")}>{d.receivedBy}</Fact>
              <Fact label={t("receipt.note")}>{d.receiptNote}</Fact>
              <Fact label={t("receipt.file")}>
                {d.receiptFile ? <a href={`/app/sales/deliveries/${d.id}/receipt`} target="_blank" rel="noreferrer" className={LINK} data-testid="receipt-link">{t("receipt.open")}</a> : ""}
              </Fact>
            </dl>
          ) : (
            <p className="mb-4 text-sm text-slate-500">{t("receipt.none")}</p>
          )}
          {manage && <ReceiptForm id={d.id} values={{ receivedDate: d.receivedDate ?? companyDay(), receivedBy: d.receivedBy, receiptNote: d.receiptNote }} />}
        </Card>
      )}

      {d.returns.length > 0 && (
        <Card>
          <h2 className="mb-2 text-sm font-semibold">{t("detail.returns")}</h2>
          <ul className="space-y-1 text-sm" data-testid="delivery-returns">
            {d.returns.map((r) => (
              <li key={r.id} className="flex items-center gap-2">
                <Link href={`/app/sales/returns/${r.id}`} className={`font-mono ${LINK}`}>{r.number}</Link>
                <span className="text-slate-500">{r.returnDate}</span>
                <DeliveryStatusBadge status={r.status} />
              </li>
            ))}
          </ul>
        </Card>
      )}
    </div>
  );
}
