import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { displaySignedQuantity } from "@/components/stock/format";
import { ReverseButton } from "@/components/stock/reverse-button";
import { Card, PageHeader } from "@/components/ui/card";
import { can } from "@/lib/auth/permissions";
import { getActor, requirePermission } from "@/lib/auth/session";
import { displayMoney } from "@/lib/domain/money";
import { NotFoundError } from "@/lib/errors";
import { baseCurrency } from "@/lib/stock/base-currency";
import { findStockOperation } from "@/lib/stock/operations/find-stock-operation";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

async function load(id: string) {
  const actor = await requirePermission("stock.read");
  try {
    return { actor, op: await findStockOperation({ actor, id }) };
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  if (!can(await getActor(), "stock.read")) return {};
  const { op } = await load((await params).id);
  return { title: op.number };
}

const NUM = "text-right tabular-nums";

export default async function StockOperationPage({ params, searchParams }: Props) {
  const { actor, op } = await load((await params).id);
  const posted = (await searchParams).posted === "1";
  const [t, locale, format, currency] = await Promise.all([getTranslations("stock"), getLocale(), getFormatter(), baseCurrency()]);
  const showCost = can(actor, "cost.read");
  const money = (n: number | null) => (n === null ? "" : displayMoney(n, currency, locale));
  // Deliveries and returns are reversed from their sales documents; a reversal is final.
  const reversible = can(actor, "stock.manage") && !op.reversedBy && !["REVERSAL", "DELIVERY", "RETURN"].includes(op.type);
  const reason = op.reason ? t(`reasons.${op.reason as "count"}`) : "";
  const fields: [string, React.ReactNode][] = [
    [t("operation.fields.type"), t(`types.${op.type as "RECEIPT"}`)],
    [t("operation.fields.postedAt"), format.dateTime(op.postedAt, { dateStyle: "medium", timeStyle: "short" })],
    [t("operation.fields.warehouse"), op.warehouse],
    ...(op.toWarehouse ? [[t("operation.fields.toWarehouse"), op.toWarehouse] as [string, string]] : []),
    ...(op.supplierRef ? [[t("operation.fields.supplierRef"), op.supplierRef] as [string, string]] : []),
    ...(reason ? [[t("operation.fields.reason"), reason] as [string, string]] : []),
    ...(op.note ? [[t("operation.fields.note"), op.note] as [string, string]] : []),
    [t("operation.fields.createdBy"), op.createdBy],
    ...(op.countId
      ? [[t("operation.fields.count"), <Link key="count" href={`/app/stock/counts/${op.countId}`} className="text-brand-600 hover:underline dark:text-blue-400">{t("operation.openCount")}</Link>] as [string, React.ReactNode]]
      : []),
  ];

  return (
    <div>
      <Breadcrumbs items={[{ label: t("title"), href: "/app/stock" }, { label: t("operations.title"), href: "/app/stock/operations" }, { label: op.number }]} />
      <PageHeader title={op.number} description={t(`types.${op.type as "RECEIPT"}`)} actions={reversible ? <ReverseButton id={op.id} number={op.number} /> : undefined} />
      {posted && (
        <p role="status" data-testid="form-success" className="mb-4 rounded-md bg-green-50 px-3 py-2 text-sm text-green-700 dark:bg-green-950 dark:text-green-300">
          {t("operation.posted")}
        </p>
      )}
      {op.reversedBy && (
        <p className="mb-4 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-800 dark:bg-amber-950 dark:text-amber-300" data-testid="reversed-by">
          {t.rich("operation.reversedBy", { number: op.reversedBy.number, link: (chunks) => <Link href={`/app/stock/operations/${op.reversedBy!.id}`} className="font-mono underline">{chunks}</Link> })}
        </p>
      )}
      {op.reversalOf && (
        <p className="mb-4 text-sm" data-testid="reverses">
          {t.rich("operation.reverses", { number: op.reversalOf.number, link: (chunks) => <Link href={`/app/stock/operations/${op.reversalOf!.id}`} className="font-mono text-brand-600 hover:underline dark:text-blue-400">{chunks}</Link> })}
        </p>
      )}
      <Card className="mb-4">
        <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-2 lg:grid-cols-3">
          {fields.map(([label, value]) => (
            <div key={label}>
              <dt className="text-xs text-slate-500">{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
      </Card>
      <Card className="p-0">
        <h2 className="px-5 pt-4 text-sm font-semibold">{t("operation.moves")}</h2>
        <div className="overflow-x-auto">
          <table className="mt-2 min-w-full text-left text-sm" data-testid="operation-moves">
            <thead className="bg-slate-50 text-xs uppercase tracking-wide text-slate-500 dark:bg-slate-800/50 dark:text-slate-400">
              <tr>
                <th scope="col" className="px-3 py-2 font-medium">{t("operation.columns.sku")}</th>
                <th scope="col" className="px-3 py-2 font-medium">{t("operation.columns.product")}</th>
                <th scope="col" className="px-3 py-2 font-medium">{t("operation.columns.warehouse")}</th>
                <th scope="col" className={`px-3 py-2 font-medium ${NUM}`}>{t("operation.columns.quantity")}</th>
                {showCost && <th scope="col" className={`px-3 py-2 font-medium ${NUM}`}>{t("operation.columns.unitCost")}</th>}
                {showCost && <th scope="col" className={`px-3 py-2 font-medium ${NUM}`}>{t("operation.columns.value")}</th>}
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100 dark:divide-slate-800">
              {op.moves.map((m) => (
                <tr key={m.id} data-testid="move-row">
                  <td className="whitespace-nowrap px-3 py-2 font-mono">
                    <Link href={`/app/stock/products/${m.productId}`} className="text-brand-600 hover:underline dark:text-blue-400">{m.sku}</Link>
                  </td>
                  <td className="px-3 py-2">{m.name}</td>
                  <td className="whitespace-nowrap px-3 py-2 font-mono">{m.warehouse}</td>
                  <td className={`whitespace-nowrap px-3 py-2 ${NUM}`}>
                    {displaySignedQuantity(m.quantity, locale)} <span className="text-xs text-slate-500">{m.uom}</span>
                  </td>
                  {showCost && <td className={`px-3 py-2 ${NUM}`}>{money(m.unitCost)}</td>}
                  {showCost && <td className={`px-3 py-2 ${NUM}`}>{money(m.valueDelta)}</td>}
                </tr>
              ))}
            </tbody>
            {showCost && (
              <tfoot>
                <tr className="border-t border-slate-200 font-medium dark:border-slate-700">
                  <td className="px-3 py-2" colSpan={5}>{t("operation.total")}</td>
                  <td className={`px-3 py-2 ${NUM}`}>{money(op.totalValue)}</td>
                </tr>
              </tfoot>
            )}
          </table>
        </div>
      </Card>
    </div>
  );
}
