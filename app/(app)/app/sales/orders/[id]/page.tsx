import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { FileText, Pencil, Receipt, Truck } from "lucide-react";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { ExposureBox } from "@/components/sales/credit/exposure-box";
import { HoldBanner } from "@/components/sales/credit/hold-banner";
import { OrderEvents } from "@/components/sales/orders/order-events";
import { OrderHistory } from "@/components/sales/orders/order-history";
import { OrderLedger } from "@/components/sales/orders/order-ledger";
import { CancelOrderForm, ConfirmOrderForm, DuplicateOrderForm } from "@/components/sales/orders/order-steps";
import { PhaseBadge } from "@/components/sales/orders/phase-badge";
import { buttonClass } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { Fact } from "@/components/ui/fact";
import { can } from "@/lib/auth/permissions";
import { getActor, requirePermission } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { orderPhase } from "@/lib/domain/order-status";
import { displayMoney, toMinor } from "@/lib/domain/money";
import { NotFoundError } from "@/lib/errors";
import { prepaymentReceivedInTx } from "@/lib/sales/credit/check-before-delivery";
import { findCreditPosition } from "@/lib/sales/credit/find-credit-position";
import { findOrder } from "@/lib/sales/orders/find-order";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

async function load(id: string) {
  const actor = await requirePermission("sales.read");
  try {
    const order = await findOrder({ actor, id });
    return { actor, order, position: await findCreditPosition({ actor, accountId: order.accountId }) };
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  // Nothing about the record in the title unless the viewer may see it.
  if (!can(await getActor(), "sales.read")) return {};
  const { order } = await load((await params).id);
  const t = await getTranslations("orders");
  return { title: order.number ?? t("draftLabel") };
}

const NOTICES = { "saved=1": "saved", "saved=0": "unchanged", "changed=ok": "changedOk", "changed=hold": "changedHold", "changed=warn": "changedWarn" } as const;

/** One sales order: facts, phase, credit, the line ledger, prepayment, the steps and its change history. */
export default async function OrderPage({ params, searchParams }: Props) {
  const { actor, order: o, position } = await load((await params).id);
  const raw = await searchParams;
  const t = await getTranslations("orders");
  const format = await getFormatter();
  const locale = await getLocale();
  const company = await db.company.findUnique({ where: { id: "company" }, select: { baseCurrency: true } });
  const baseCurrency = company?.baseCurrency ?? "CNY";
  const phase = orderPhase(o, o.lines);
  const manage = can(actor, "sales.manage");
  const confirmed = o.status === "confirmed";
  const money = (minor: number | bigint) => displayMoney(toMinor(minor), o.currencyCode, locale);
  const day = (d: string) => (d ? format.dateTime(new Date(`${d}T00:00:00Z`), { dateStyle: "medium", timeZone: "UTC" }) : "");
  const required = toMinor(o.prepaymentRequired);
  const received = required > 0 ? await prepaymentReceivedInTx(db, o.id) : 0;
  const notice = Object.entries(NOTICES).find(([k]) => raw[k.split("=")[0]] === k.split("=")[1])?.[1];
  const cancellable = o.status === "draft" || (confirmed && o.lines.some((l) => l.quantity - l.cancelledQty > Math.max(l.deliveredQty, l.invoicedQty - l.creditedQty + l.returnedQty)));

  return (
    <div>
      <Breadcrumbs items={[{ label: t("title"), href: "/app/sales/orders" }, { label: o.number ?? t("draftLabel") }]} />
      <PageHeader
        title={o.number ?? t("draftLabel")}
        description={o.account.name}
        actions={
          <div className="flex flex-wrap items-center gap-2">
            <PhaseBadge phase={phase} />
            {manage && o.status !== "cancelled" && (
              <Link href={`/app/sales/orders/${o.id}/edit`} className={buttonClass("secondary")} data-testid="order-edit">
                <Pencil className="h-4 w-4" aria-hidden />
                {o.status === "draft" ? t("actions.edit") : t("actions.change")}
              </Link>
            )}
            {confirmed && !o.creditHold && o.deliveryStatus !== "delivered" && can(actor, "delivery.manage") && (
              <Link href={`/app/sales/deliveries/new?orderId=${o.id}`} className={buttonClass("secondary")} data-testid="order-deliver">
                <Truck className="h-4 w-4" aria-hidden />
                {t("actions.deliver")}
              </Link>
            )}
            {confirmed && o.invoiceStatus !== "invoiced" && can(actor, "billing.manage") && (
              <Link href={`/app/billing/invoices/new?orderId=${o.id}`} className={buttonClass("secondary")} data-testid="order-invoice">
                <Receipt className="h-4 w-4" aria-hidden />
                {t("actions.invoice")}
              </Link>
            )}
            <a href={`/app/sales/orders/${o.id}/pdf`} className={buttonClass("secondary")} data-testid="order-pdf">
              <FileText className="h-4 w-4" aria-hidden />
              {t("actions.pdf")}
            </a>
          </div>
        }
      />
      {notice && (
        <p role="status" data-testid="form-success" className="mb-4 rounded-md bg-green-50 px-3 py-2 text-sm text-green-700 dark:bg-green-950 dark:text-green-300">
          {t(`view.${notice}`)}
        </p>
      )}
      <HoldBanner order={o} canRelease={can(actor, "credit.release")} />
      <div className="grid gap-4 lg:grid-cols-3">
        <Card className="lg:col-span-2">
          <h2 className="mb-3 text-sm font-semibold">{t("view.facts")}</h2>
          <dl className="grid gap-3 sm:grid-cols-3">
            <Fact label={t("view.account")}>
              <Link href={`/app/crm/accounts/${o.account.id}`} className="text-brand-600 hover:underline dark:text-blue-400">
                {o.account.name}
              </Link>
            </Fact>
            <Fact label={t("view.contact")}>{o.contact?.name}</Fact>
            <Fact label={t("view.owner")}>{o.owner.name}</Fact>
            <Fact label={t("view.orderDate")}>{day(o.orderDate)}</Fact>
            <Fact label={t("view.requestedDate")}>{day(o.requestedDate)}</Fact>
            <Fact label={t("view.paymentTerms")}>{t("view.paymentTermsDays", { days: o.paymentTermsDays })}</Fact>
            <Fact label={t("view.customerReference")}>{o.customerReference}</Fact>
            <Fact label={t("view.warehouse")}>{o.warehouse?.name}</Fact>
            <Fact label={t("view.priceList")}>{o.priceList?.name}</Fact>
            <Fact label={t("view.currency")}>{o.currencyCode}</Fact>
            {o.currencyCode !== baseCurrency && <Fact label={t("view.exchangeRate", { base: baseCurrency })}>{o.exchangeRate}</Fact>}
            {o.quote && (
              <Fact label={t("view.quote")}>
                <Link href={`/app/sales/quotes/${o.quote.id}`} className="text-brand-600 hover:underline dark:text-blue-400">
                  {o.quote.number}
                </Link>
              </Fact>
            )}
            {o.confirmedAt && <Fact label={t("view.confirmedAt")}>{`${format.dateTime(o.confirmedAt, { dateStyle: "medium", timeStyle: "short" })} · ${o.userName(o.confirmedById)}`}</Fact>}
            {confirmed && <Fact label={t("view.version")}>{String(o.version)}</Fact>}
            <div className="sm:col-span-3">
              <Fact label={t("view.shippingAddress")}>{o.shippingAddress}</Fact>
            </div>
            {o.notes && (
              <div className="sm:col-span-3">
                <Fact label={t("view.notes")}>{o.notes}</Fact>
              </div>
            )}
            {o.cancelledAt && (
              <div className="sm:col-span-3 text-sm text-slate-600" data-testid="order-cancelled">
                {t(o.status === "cancelled" ? "view.cancelled" : "view.closedShort", { reason: o.cancelReason })}
              </div>
            )}
          </dl>
        </Card>
        <Card>
          <ExposureBox credit={position.credit} />
        </Card>
      </div>
      <Card className="mt-4">
        <h2 className="mb-3 text-sm font-semibold">{t("ledger.title")}</h2>
        <OrderLedger order={o} baseCurrency={baseCurrency} />
      </Card>
      <div className="mt-4 grid gap-4 lg:grid-cols-3">
        <Card data-testid="order-prepayment">
          <h2 className="mb-3 text-sm font-semibold">{t("view.prepayment")}</h2>
          {required === 0 ? (
            <p className="text-sm text-slate-500">{t("view.prepaymentNone")}</p>
          ) : (
            <dl className="space-y-1 text-sm">
              <div className="flex justify-between">
                <dt className="text-slate-500">{t("view.prepaymentRequired")}</dt>
                <dd className="tabular-nums">{money(required)}</dd>
              </div>
              <div className="flex justify-between">
                <dt className="text-slate-500">{t("view.prepaymentReceived")}</dt>
                <dd className="tabular-nums">{money(received)}</dd>
              </div>
              {received < required && <p className="pt-1 text-xs text-amber-700 dark:text-amber-400">{t("view.prepaymentMissing")}</p>}
            </dl>
          )}
        </Card>
        {manage && o.status !== "cancelled" && (
          <Card className="space-y-4 lg:col-span-2">
            {o.status === "draft" && <ConfirmOrderForm orderId={o.id} />}
            {!o.creditHold && <DuplicateOrderForm orderId={o.id} />}
            {cancellable && <CancelOrderForm orderId={o.id} />}
          </Card>
        )}
      </div>
      <Card className="mt-4">
        <h2 className="mb-3 text-sm font-semibold">{t("history.title")}</h2>
        <OrderHistory order={o} />
        <h3 className="mb-2 mt-4 text-xs font-semibold uppercase text-slate-500">{t("history.eventsTitle")}</h3>
        <OrderEvents order={o} />
      </Card>
    </div>
  );
}
