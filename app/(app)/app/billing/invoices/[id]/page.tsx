import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { FileCode, FileText } from "lucide-react";
import { EmailDocumentForm } from "@/components/documents/email-document-form";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { CreditNoteRemainder } from "@/components/sales/invoices/credit-note-remainder";
import { CreditNoteForm } from "@/components/sales/invoices/credit-note-form";
import { EInvoiceButton } from "@/components/sales/invoices/einvoice-button";
import { InvoiceDraftActions } from "@/components/sales/invoices/invoice-actions";
import { InvoiceDraftForm } from "@/components/sales/invoices/invoice-draft-form";
import { InvoiceStatusBadge } from "@/components/sales/invoices/invoice-status-badge";
import { displayQuantity } from "@/components/stock/format";
import { buttonClass } from "@/components/ui/button";
import { Badge, Card, PageHeader } from "@/components/ui/card";
import { Fact } from "@/components/ui/fact";
import { can } from "@/lib/auth/permissions";
import { getActor, requirePermission } from "@/lib/auth/session";
import { basisPointsToPercent } from "@/lib/domain/basis-points";
import { convert, displayMoney } from "@/lib/domain/money";
import { NotFoundError } from "@/lib/errors";
import { isLocale } from "@/lib/i18n/locales";
import { activeEInvoiceProvider } from "@/lib/sales/einvoice/provider";
import { findInvoice } from "@/lib/sales/invoices/find-invoice";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

async function load(id: string) {
  const actor = await requirePermission("sales.read");
  try {
    return { actor, invoice: await findInvoice({ actor, id }) };
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  if (!can(await getActor(), "sales.read")) return {};
  const { invoice } = await load((await params).id);
  const t = await getTranslations("invoices");
  return { title: invoice.number ?? `${t(`kind.${invoice.kind}`)} ${t("draftNumber")}` };
}

const NUM = "text-right tabular-nums";
const TH = "px-3 py-2 font-medium";
const LINK = "text-brand-600 hover:underline dark:text-blue-400";
const FLAGS = ["created", "issued", "voided", "saved", "credited", "einvoiced"] as const;

export default async function InvoicePage({ params, searchParams }: Props) {
  const { actor, invoice: inv } = await load((await params).id);
  const sp = await searchParams;
  const flag = FLAGS.find((f) => sp[f] === "1");
  const [t, locale] = await Promise.all([getTranslations("invoices"), getLocale()]);
  const manage = can(actor, "billing.manage");
  const money = (minor: number, currency = inv.currencyCode) => displayMoney(minor, currency, locale);
  const issued = inv.status === "issued";
  const credit = inv.kind === "CREDIT_NOTE";
  const title = inv.number ?? `${t(`kind.${inv.kind}`)} ${t("draftNumber")}`;
  // Base-currency figures: the total as converted when issued; VAT at the same rate.
  const taxBase = inv.currencyCode === inv.baseCurrency ? inv.taxTotal : convert(inv.taxTotal, inv.currencyCode, inv.baseCurrency, { rate: inv.exchangeRate, date: inv.issueDate }).amount;
  const creditable = inv.lines.filter((l) => l.creditable > 0);

  return (
    <div>
      <Breadcrumbs items={[{ label: t("title"), href: "/app/billing/invoices" }, { label: title }]} />
      <PageHeader
        title={title}
        description={`${t(`kind.${inv.kind}`)} · ${inv.account.name}`}
        actions={
          issued ? (
            <>
              <Link href={`/app/billing/invoices/${inv.id}/pdf`} className={buttonClass("secondary")} target="_blank" data-testid="invoice-pdf">
                <FileText className="h-4 w-4" aria-hidden />
                {t("actions.pdf")}
              </Link>
              <a href={`/app/billing/invoices/${inv.id}/ubl`} className={buttonClass("secondary")} download data-testid="invoice-ubl">
                <FileCode className="h-4 w-4" aria-hidden />
                {t("actions.ubl")}
              </a>
            </>
          ) : undefined
        }
      />
      {flag && (
        <p role="status" data-testid="form-success" className="mb-4 rounded-md bg-green-50 px-3 py-2 text-sm text-green-700 dark:bg-green-950 dark:text-green-300">
          {t(`flash.${flag}`)}
        </p>
      )}
      {manage && inv.status === "draft" && (
        <Card className="mb-4">
          <p className="mb-3 text-sm text-slate-600 dark:text-slate-300">{t("detail.draftHint")}</p>
          <InvoiceDraftActions id={inv.id} />
          <details className="mt-4">
            <summary className="cursor-pointer text-sm font-medium">{t("form.editDraft")}</summary>
            <div className="mt-3">
              <InvoiceDraftForm id={inv.id} notes={inv.notes} buyerReference={inv.buyerReference} paymentTermsDays={inv.paymentTermsDays} />
            </div>
          </details>
        </Card>
      )}

      <Card className="mb-4">
        <dl className="grid gap-x-6 gap-y-3 sm:grid-cols-2 lg:grid-cols-4">
          <Fact label={t("detail.status")}>
            <span data-testid="invoice-status"><InvoiceStatusBadge status={inv.status} /></span>
            {inv.cashSale && <span className="ml-2"><Badge tone="blue">{t("detail.cashSale")}</Badge></span>}
          </Fact>
          <Fact label={t("detail.account")}><Link href={`/app/crm/accounts/${inv.account.id}`} className={LINK}>{inv.account.name}</Link></Fact>
          <Fact label={t("detail.issueDate")}>{inv.issueDate}</Fact>
          {!credit && <Fact label={t("detail.dueDate")}><span data-testid="invoice-due-date">{inv.dueDate}</span></Fact>}
          {!credit && <Fact label={t("detail.paymentTerms")}>{t("detail.paymentTermsDays", { days: inv.paymentTermsDays })}</Fact>}
          <Fact label={t("detail.buyer")}>
            <span className="whitespace-pre-line">{[inv.buyer.name, inv.buyer.address].filter(Boolean).join("\n")}</span>
          </Fact>
          <Fact label={t("detail.taxId")}>{inv.buyer.taxId}</Fact>
          <Fact label={t("detail.owner")}>{inv.owner.name}</Fact>
          <Fact label={t("detail.buyerReference")}>{inv.buyerReference}</Fact>
          <Fact label={t("detail.orderReference")}>{inv.orderReference}</Fact>
          <Fact label={t("detail.currency")}>{inv.currencyCode === inv.baseCurrency ? inv.currencyCode : `${inv.currencyCode} · ${t("detail.exchangeRate")} ${inv.exchangeRate}`}</Fact>
          {inv.original && (
            <Fact label={t("detail.original")}>
              <Link href={`/app/billing/invoices/${inv.original.id}`} className={`font-mono ${LINK}`} data-testid="original-invoice">{inv.original.number}</Link>
            </Fact>
          )}
          {credit && <Fact label={t("detail.creditReason")}>{inv.creditReason}</Fact>}
          {inv.einvoice.provider && <Fact label={t("detail.einvoice")}>{`${inv.einvoice.provider} · ${inv.einvoice.status} · ${inv.einvoice.ref}`}</Fact>}
          <Fact label={t("detail.notes")}><span className="whitespace-pre-line">{inv.notes}</span></Fact>
        </dl>
        {issued && <p className="mt-3 text-xs text-slate-500">{t("detail.immutable")}</p>}
        {/* Only when a deployment registered a national e-invoice provider; none by default. */}
        {manage && issued && activeEInvoiceProvider() && ["", "rejected"].includes(inv.einvoice.status) && (
          <div className="mt-3">
            <EInvoiceButton id={inv.id} />
          </div>
        )}
      </Card>

      <Card className="mb-4 p-0">
        <h2 className="px-5 pt-4 text-sm font-semibold">{t("detail.lines")}</h2>
        <div className="overflow-x-auto">
          <table className="mt-2 min-w-full text-left text-sm" data-testid="invoice-lines">
            <thead className="bg-slate-50 text-xs uppercase tracking-wide text-slate-500 dark:bg-slate-800/50 dark:text-slate-400">
              <tr>
                <th scope="col" className={TH}>#</th>
                <th scope="col" className={TH}>{t("detail.line.description")}</th>
                <th scope="col" className={TH}>{t("detail.line.source")}</th>
                <th scope="col" className={`${TH} ${NUM}`}>{t("detail.line.quantity")}</th>
                <th scope="col" className={`${TH} ${NUM}`}>{t("detail.line.unitPrice")}</th>
                <th scope="col" className={`${TH} ${NUM}`}>{t("detail.line.discount")}</th>
                <th scope="col" className={`${TH} ${NUM}`}>{t("detail.line.vat")}</th>
                <th scope="col" className={`${TH} ${NUM}`}>{t("detail.line.net")}</th>
                <th scope="col" className={`${TH} ${NUM}`}>{t("detail.line.tax")}</th>
                <th scope="col" className={`${TH} ${NUM}`}>{t("detail.line.gross")}</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100 dark:divide-slate-800">
              {inv.lines.map((l, i) => (
                <tr key={l.id} data-testid="invoice-line">
                  <td className="px-3 py-2 tabular-nums text-slate-500">{i + 1}</td>
                  <td className="px-3 py-2"><span className="font-mono text-xs text-slate-500">{l.sku}</span> {l.description}</td>
                  <td className="whitespace-nowrap px-3 py-2 font-mono text-xs">
                    {l.delivery && <Link href={`/app/sales/deliveries/${l.delivery.id}`} className={LINK}>{l.delivery.number}</Link>}
                    {l.delivery && l.order && " · "}
                    {l.order && <Link href={`/app/sales/orders/${l.order.id}`} className={LINK}>{l.order.number}</Link>}
                  </td>
                  <td className={`whitespace-nowrap px-3 py-2 ${NUM}`}>{displayQuantity(l.quantity, locale)} <span className="text-xs text-slate-500">{l.uom}</span></td>
                  <td className={`px-3 py-2 ${NUM}`}>{money(l.unitPrice)}</td>
                  <td className={`px-3 py-2 ${NUM}`}>{l.discountBp ? `${basisPointsToPercent(l.discountBp)}%` : ""}</td>
                  <td className={`px-3 py-2 ${NUM}`}>{basisPointsToPercent(l.vatRateBp)}%</td>
                  <td className={`px-3 py-2 ${NUM}`}>{money(l.net)}</td>
                  <td className={`px-3 py-2 ${NUM}`}>{money(l.tax)}</td>
                  <td className={`px-3 py-2 ${NUM}`}>{money(l.gross)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </Card>

      <div className="mb-4 grid gap-4 lg:grid-cols-2">
        <Card>
          <h2 className="mb-2 text-sm font-semibold">{t("detail.vatBreakdown")}</h2>
          <table className="min-w-full text-sm" data-testid="vat-breakdown">
            <thead className="text-xs text-slate-500">
              <tr>
                <th className="py-1 text-left font-medium">{t("detail.rate")}</th>
                <th className="py-1 text-left font-medium">{t("detail.category")}</th>
                <th className={`py-1 font-medium ${NUM}`}>{t("detail.taxable")}</th>
                <th className={`py-1 font-medium ${NUM}`}>{t("detail.taxTotal")}</th>
              </tr>
            </thead>
            <tbody>
              {inv.byRate.map((b) => (
                <tr key={`${b.category}-${b.rateBp}`}>
                  <td className="py-1 tabular-nums">{basisPointsToPercent(b.rateBp)}%</td>
                  <td className="py-1">{b.category}</td>
                  <td className={`py-1 ${NUM}`}>{money(b.taxable)}</td>
                  <td className={`py-1 ${NUM}`}>{money(b.tax)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </Card>
        <Card>
          <dl className="grid grid-cols-2 gap-y-1 text-sm" data-testid="invoice-totals">
            <dt className="text-slate-500">{t("detail.subtotal")}</dt>
            <dd className={NUM}>{money(inv.subtotal)}</dd>
            <dt className="text-slate-500">{t("detail.taxTotal")}</dt>
            <dd className={NUM}>{money(inv.taxTotal)}</dd>
            <dt className="font-semibold">{t("detail.total")}</dt>
            <dd className={`font-semibold ${NUM}`} data-testid="invoice-total">{money(inv.total)}</dd>
            {issued && (
              <>
                <dt className="text-slate-500">{credit ? t("detail.remaining") : t("detail.open")}</dt>
                <dd className={NUM} data-testid="invoice-open-amount">{money(inv.open)}</dd>
              </>
            )}
          </dl>
          {inv.currencyCode !== inv.baseCurrency && (
            <dl className="mt-3 grid grid-cols-2 gap-y-1 border-t border-slate-100 pt-3 text-sm dark:border-slate-800" data-testid="invoice-base-totals">
              <dt className="col-span-2 text-xs text-slate-500">{t("detail.baseTotals", { currency: inv.baseCurrency })}</dt>
              <dt className="text-slate-500">{t("detail.subtotal")}</dt>
              <dd className={NUM}>{money(inv.totalBase - taxBase, inv.baseCurrency)}</dd>
              <dt className="text-slate-500">{t("detail.taxTotal")}</dt>
              <dd className={NUM}>{money(taxBase, inv.baseCurrency)}</dd>
              <dt className="font-semibold">{t("detail.total")}</dt>
              <dd className={`font-semibold ${NUM}`}>{money(inv.totalBase, inv.baseCurrency)}</dd>
            </dl>
          )}
        </Card>
      </div>

      {issued && (
        <Card className="mb-4">
          <h2 className="mb-2 text-sm font-semibold">{credit ? t("detail.applied") : t("detail.allocations")}</h2>
          {(credit ? inv.applied.length + inv.refunds.length : inv.allocations.length) === 0 ? (
            <p className="text-sm text-slate-500">{t("detail.nothingApplied")}</p>
          ) : (
            <table className="min-w-full text-sm" data-testid="invoice-allocations">
              <thead className="text-xs text-slate-500">
                <tr>
                  <th className="py-1 text-left font-medium">{t("detail.date")}</th>
                  <th className="py-1 text-left font-medium">{t("detail.document")}</th>
                  <th className={`py-1 font-medium ${NUM}`}>{t("detail.amount")}</th>
                </tr>
              </thead>
              <tbody>
                {!credit &&
                  inv.allocations.map((a) => (
                    <tr key={a.id}>
                      <td className="py-1 tabular-nums">{a.date}</td>
                      <td className="py-1 font-mono">
                        {a.payment && <Link href={`/app/billing/payments/${a.payment.id}`} className={LINK}>{a.payment.number}</Link>}
                        {a.creditNote && <Link href={`/app/billing/invoices/${a.creditNote.id}`} className={LINK}>{a.creditNote.number}</Link>}
                      </td>
                      <td className={`py-1 ${NUM}`}>{money(a.amount)}</td>
                    </tr>
                  ))}
                {credit &&
                  inv.applied.map((a) => (
                    <tr key={a.id}>
                      <td className="py-1 tabular-nums">{a.date}</td>
                      <td className="py-1 font-mono"><Link href={`/app/billing/invoices/${a.invoice.id}`} className={LINK}>{a.invoice.number}</Link></td>
                      <td className={`py-1 ${NUM}`}>{money(a.amount)}</td>
                    </tr>
                  ))}
                {credit &&
                  inv.refunds.map((r) => (
                    <tr key={r.id}>
                      <td className="py-1 tabular-nums">{r.date}</td>
                      <td className="py-1 font-mono"><Link href={`/app/billing/payments/${r.id}`} className={LINK}>{r.number}</Link> · {t("detail.refunds")}</td>
                      <td className={`py-1 ${NUM}`}>{money(r.amount)}</td>
                    </tr>
                  ))}
              </tbody>
            </table>
          )}
        </Card>
      )}

      {!credit && inv.creditNotes.length > 0 && (
        <Card className="mb-4">
          <h2 className="mb-2 text-sm font-semibold">{t("detail.creditNotes")}</h2>
          <ul className="space-y-1 text-sm" data-testid="credit-notes">
            {inv.creditNotes.map((c) => (
              <li key={c.id} className="flex flex-wrap items-center gap-3">
                <Link href={`/app/billing/invoices/${c.id}`} className={`font-mono ${LINK}`}>{c.number}</Link>
                <span className="tabular-nums text-slate-500">{c.issueDate}</span>
                <span className="tabular-nums">{money(c.total)}</span>
                <span className="text-slate-500">{c.creditReason}</span>
              </li>
            ))}
          </ul>
        </Card>
      )}

      {manage && issued && !credit && creditable.length > 0 && (
        <Card className="mb-4" id="credit">
          <h2 className="mb-2 text-sm font-semibold">{t("credit.title")}</h2>
          <CreditNoteForm invoiceId={inv.id} lines={creditable.map((l) => ({ id: l.id, position: inv.lines.indexOf(l) + 1, description: l.description, uom: l.uom, creditable: l.creditable }))} />
        </Card>
      )}

      {manage && issued && credit && <CreditNoteRemainder actor={actor} creditNoteId={inv.id} />}

      {manage && issued && (
        <Card className="mb-4">
          <EmailDocumentForm document={{ type: "invoice", id: inv.id }} defaultTo={inv.contact?.email ?? ""} defaultLocale={inv.contact && isLocale(inv.contact.preferredLocale) ? inv.contact.preferredLocale : actor.locale} />
        </Card>
      )}
    </div>
  );
}
