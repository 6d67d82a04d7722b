import type { Metadata } from "next";
import { randomUUID } from "node:crypto";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { ApplyCreditForm, RefundForm } from "@/components/sales/payments/credit-actions";
import { Badge, Card, PageHeader } from "@/components/ui/card";
import { Fact } from "@/components/ui/fact";
import { can } from "@/lib/auth/permissions";
import { getActor, requirePermission } from "@/lib/auth/session";
import { displayMoney } from "@/lib/domain/money";
import { NotFoundError } from "@/lib/errors";
import { companyDay } from "@/lib/pricing/company-day";
import { findBaseCurrency } from "@/lib/pricing/currencies/find-base-currency";
import { findPayment } from "@/lib/sales/payments/find-payment";
import type { PaymentMethod } from "@/lib/validation/payments";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };
type Kind = "RECEIPT" | "PREPAYMENT" | "CASH_SALE" | "REFUND";

async function load(id: string) {
  const actor = await requirePermission("sales.read");
  try {
    return { actor, payment: await findPayment({ actor, id }) };
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  // Nothing about the record in the title unless the viewer may see it.
  if (!can(await getActor(), "sales.read")) return {};
  const { payment } = await load((await params).id);
  return { title: payment.number };
}

export default async function PaymentPage({ params, searchParams }: Props) {
  const { actor, payment } = await load((await params).id);
  const created = (await searchParams).created === "1";
  const t = await getTranslations("payments");
  const locale = await getLocale();
  const base = await findBaseCurrency();
  const money = (minor: number, currency = payment.currencyCode) => displayMoney(minor, currency, locale);
  const manage = can(actor, "billing.manage");
  const source = { paymentId: payment.id, creditNoteId: null, remainder: payment.remainder, currencyCode: payment.currencyCode };

  return (
    <div>
      <Breadcrumbs items={[{ label: t("title"), href: "/app/billing/payments" }, { label: payment.number }]} />
      <PageHeader title={`${t(`kinds.${payment.kind as Kind}`)} ${payment.number}`} />
      {created && (
        <p role="status" className="mb-4 rounded-md bg-green-50 px-3 py-2 text-sm text-green-700 dark:bg-green-950 dark:text-green-300" data-testid="payment-created">
          {t("detail.created")}
        </p>
      )}
      <Card className="mb-4">
        <dl className="grid gap-4 sm:grid-cols-3" data-testid="payment-facts">
          <Fact label={t("detail.account")}>
            <Link href={`/app/billing/receivables/${payment.account.id}`} className="text-brand-600 hover:underline dark:text-blue-400">
              {payment.account.name}
            </Link>
          </Fact>
          <Fact label={t("detail.kind")}>
            <Badge>{t(`kinds.${payment.kind as Kind}`)}</Badge>
          </Fact>
          <Fact label={t("detail.date")}>{payment.paymentDate}</Fact>
          <Fact label={t("detail.amount")}>
            <span className="tabular-nums" data-testid="payment-amount-value">{money(payment.amount)}</span>
          </Fact>
          {payment.currencyCode !== base && <Fact label={t("detail.amountBase")}>{money(payment.amountBase, base)}</Fact>}
          {payment.currencyCode !== base && <Fact label={t("detail.rate")}>{payment.exchangeRate}</Fact>}
          <Fact label={t("detail.method")}>{t(`methods.${payment.method as PaymentMethod}`)}</Fact>
          <Fact label={t("detail.reference")}>{payment.reference}</Fact>
          {payment.order && <Fact label={t("detail.order")}>
            <Link href={`/app/sales/orders/${payment.order.id}`} className="hover:underline">{payment.order.number}</Link>
          </Fact>}
          {payment.refundOfPayment && <Fact label={t("detail.refundOf")}>
            <Link href={`/app/billing/payments/${payment.refundOfPayment.id}`} className="hover:underline">{payment.refundOfPayment.number}</Link>
          </Fact>}
          {payment.refundOfCredit && <Fact label={t("detail.refundOf")}>
            <Link href={`/app/billing/invoices/${payment.refundOfCredit.id}`} className="hover:underline">{payment.refundOfCredit.number}</Link>
          </Fact>}
          <Fact label={t("detail.createdBy")}>{payment.createdByName}</Fact>
          {payment.kind !== "REFUND" && <Fact label={t("detail.remainder")}>
            <span className="tabular-nums" data-testid="payment-remainder">{money(payment.remainder)}</span>
          </Fact>}
          {payment.notes && <Fact label={t("detail.notes")}>{payment.notes}</Fact>}
        </dl>
      </Card>
      {payment.kind !== "REFUND" && (
        <Card className="mb-4">
          <h2 className="mb-2 font-semibold">{t("detail.allocations")}</h2>
          {payment.allocations.length === 0 ? (
            <p className="text-sm text-slate-500">{t("detail.noAllocations")}</p>
          ) : (
            <table className="w-full text-sm" data-testid="payment-allocations">
              <thead>
                <tr className="border-b border-slate-200 text-left text-xs text-slate-500 dark:border-slate-700">
                  <th className="py-2">{t("form.invoice")}</th>
                  <th className="py-2">{t("form.dueDate")}</th>
                  <th className="py-2">{t("detail.date")}</th>
                  <th className="py-2 text-right">{t("form.allocated")}</th>
                </tr>
              </thead>
              <tbody>
                {payment.allocations.map((a) => (
                  <tr key={a.id} className="border-b border-slate-100 dark:border-slate-800">
                    <td className="py-1.5"><Link href={`/app/billing/invoices/${a.invoice.id}`} className="hover:underline">{a.invoice.number}</Link></td>
                    <td className="py-1.5">{a.invoice.dueDate}</td>
                    <td className="py-1.5">{a.allocatedAt}</td>
                    <td className="py-1.5 text-right tabular-nums">{money(a.amount)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {payment.refunds.length > 0 && (
            <>
              <h3 className="mb-1 mt-4 text-sm font-semibold">{t("detail.refunds")}</h3>
              <ul className="text-sm" data-testid="payment-refunds">
                {payment.refunds.map((r) => (
                  <li key={r.id}>
                    <Link href={`/app/billing/payments/${r.id}`} className="hover:underline">{r.number}</Link> · {r.paymentDate} · <span className="tabular-nums">{money(r.amount)}</span>
                  </li>
                ))}
              </ul>
            </>
          )}
        </Card>
      )}
      {manage && payment.remainder > 0 && (
        <div className="grid gap-4 lg:grid-cols-2">
          <Card>
            <h2 className="mb-2 font-semibold">{t("detail.applyTitle")}</h2>
            <ApplyCreditForm source={source} invoices={payment.openInvoices} />
          </Card>
          <Card>
            <h2 className="mb-2 font-semibold">{t("detail.refundTitle")}</h2>
            <RefundForm source={source} idempotencyKey={randomUUID()} today={companyDay()} />
          </Card>
        </div>
      )}
    </div>
  );
}
