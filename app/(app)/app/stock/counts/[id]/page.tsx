import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { CountCancelButton, CountPostPanel } from "@/components/stock/count-actions";
import { CountEntryForm } from "@/components/stock/count-entry-form";
import { displayQuantity, displaySignedQuantity } from "@/components/stock/format";
import { Badge, Card, PageHeader } from "@/components/ui/card";
import { can } from "@/lib/auth/permissions";
import { getActor, requirePermission } from "@/lib/auth/session";
import { displayMoney } from "@/lib/domain/money";
import { NotFoundError } from "@/lib/errors";
import { baseCurrency } from "@/lib/stock/base-currency";
import { findStockCount } from "@/lib/stock/counts/find-stock-count";

type Props = { params: Promise<{ id: string }> };

async function load(id: string) {
  const actor = await requirePermission("stock.manage");
  try {
    return { actor, count: await findStockCount({ actor, id }) };
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  if (!can(await getActor(), "stock.manage")) return {};
  const { count } = await load((await params).id);
  const t = await getTranslations("stock.counts");
  return { title: t("detailTitle", { warehouse: count.warehouse.code }) };
}

const TONE = { draft: "blue", posted: "green", cancelled: "slate" } as const;
const NUM = "text-right tabular-nums";

export default async function StockCountPage({ params }: Props) {
  const { actor, count } = await load((await params).id);
  const [t, locale, format, currency] = await Promise.all([getTranslations("stock"), getLocale(), getFormatter(), baseCurrency()]);
  const showCost = can(actor, "cost.read");
  const when = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeStyle: "short" });
  const money = (n: number | null) => (n === null ? "—" : displayMoney(n, currency, locale));
  const draft = count.status === "draft";

  return (
    <div>
      <Breadcrumbs items={[{ label: t("title"), href: "/app/stock" }, { label: t("counts.title"), href: "/app/stock/counts" }, { label: count.warehouse.code }]} />
      <PageHeader
        title={t("counts.detailTitle", { warehouse: `${count.warehouse.code} · ${count.warehouse.name}` })}
        description={`${t("counts.startedBy", { date: when(count.createdAt), name: count.createdBy })}${count.note ? ` · ${count.note}` : ""}`}
        actions={<Badge tone={TONE[count.status]}>{t(`counts.status.${count.status}`)}</Badge>}
      />
      {count.status === "posted" && (
        <p className="mb-4 rounded-md bg-green-50 px-3 py-2 text-sm text-green-700 dark:bg-green-950 dark:text-green-300" data-testid="count-posted">
          {t("counts.closed.posted", { date: count.postedAt ? when(count.postedAt) : "" })}{" "}
          {count.operation && (
            <Link href={`/app/stock/operations/${count.operation.id}`} className="font-mono underline" data-testid="count-operation">
              {count.operation.number}
            </Link>
          )}
        </p>
      )}
      {count.status === "cancelled" && <p className="mb-4 rounded-md bg-slate-100 px-3 py-2 text-sm dark:bg-slate-800">{t("counts.closed.cancelled")}</p>}

      {draft && (
        <Card className="mb-6">
          <h2 className="mb-3 text-sm font-semibold">{t("counts.entry.title")}</h2>
          <CountEntryForm id={count.id} lines={count.lines.map((l) => ({ productId: l.productId, sku: l.sku, name: l.name, uom: l.uom, expected: l.expected, counted: l.counted }))} />
        </Card>
      )}

      <Card className="mb-6">
        <h2 className="mb-3 text-sm font-semibold">{t("counts.review.title")}</h2>
        {count.differences.length === 0 ? (
          <p className="text-sm text-slate-500" data-testid="review-empty">{t("counts.review.empty")}</p>
        ) : (
          <div className="overflow-x-auto">
            <table className="min-w-full text-left text-sm" data-testid="count-review">
              <thead className="text-xs uppercase tracking-wide text-slate-500">
                <tr>
                  <th scope="col" className="py-2 pr-3 font-medium">SKU</th>
                  <th scope="col" className="py-2 pr-3 font-medium" />
                  <th scope="col" className={`py-2 pr-3 font-medium ${NUM}`}>{t("counts.entry.expected")}</th>
                  <th scope="col" className={`py-2 pr-3 font-medium ${NUM}`}>{t("counts.entry.counted")}</th>
                  <th scope="col" className={`py-2 pr-3 font-medium ${NUM}`}>{t("counts.entry.difference")}</th>
                  {showCost && <th scope="col" className={`py-2 pr-3 font-medium ${NUM}`}>{t("counts.review.valueImpact")}</th>}
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100 dark:divide-slate-800">
                {count.differences.map((l) => (
                  <tr key={l.productId} data-testid="review-line">
                    <td className="py-1.5 pr-3 font-mono">{l.sku}</td>
                    <td className="py-1.5 pr-3">{l.name}</td>
                    <td className={`py-1.5 pr-3 ${NUM}`}>{displayQuantity(l.expected, locale)}</td>
                    <td className={`py-1.5 pr-3 ${NUM}`}>{l.counted === null ? "" : displayQuantity(l.counted, locale)}</td>
                    <td className={`py-1.5 pr-3 font-medium ${NUM}`} data-testid="review-difference">{displaySignedQuantity(l.difference ?? 0, locale)}</td>
                    {showCost && <td className={`py-1.5 pr-3 ${NUM}`}>{money(l.valueImpact)}</td>}
                  </tr>
                ))}
              </tbody>
              {showCost && (
                <tfoot>
                  <tr className="border-t border-slate-200 font-medium dark:border-slate-700">
                    <td className="py-2 pr-3" colSpan={5}>{t("counts.review.total")}</td>
                    <td className={`py-2 pr-3 ${NUM}`}>{money(count.totalImpact)}</td>
                  </tr>
                </tfoot>
              )}
            </table>
          </div>
        )}
        {draft && count.uncounted > 0 && <p className="mt-3 text-xs text-slate-500">{t("counts.review.uncounted", { count: count.uncounted })}</p>}
        {draft && (
          <div className="mt-4 flex flex-wrap items-start justify-between gap-3 border-t border-slate-200 pt-4 dark:border-slate-800">
            <CountPostPanel id={count.id} differences={count.differences.length} />
            <CountCancelButton id={count.id} />
          </div>
        )}
      </Card>
    </div>
  );
}
