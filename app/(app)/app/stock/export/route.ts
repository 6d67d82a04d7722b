import type { NextRequest } from "next/server";
import { getTranslations } from "next-intl/server";
import { can } from "@/lib/auth/permissions";
import { getActor } from "@/lib/auth/session";
import { formatMoney } from "@/lib/domain/money";
import { formatQuantity } from "@/lib/domain/quantity";
import { BALANCES_TABLE } from "@/lib/stock/balances/balances-table";
import { findStockBalancesBatch, type BalanceRow } from "@/lib/stock/balances/find-stock-balances";
import { baseCurrency } from "@/lib/stock/base-currency";
import { csvFilename, csvResponse, keysetBatches, type CsvColumn } from "@/lib/table/csv-response";
import { appTimeZone } from "@/lib/table/day-range";
import { parseTableParams } from "@/lib/table/params";

export const dynamic = "force-dynamic";

/** CSV of every balance row matching the list's search and filters; cost columns only for cost.read. */
export async function GET(request: NextRequest): Promise<Response> {
  // A route handler is its own door: session and permission are checked here.
  const actor = await getActor();
  if (!actor || !can(actor, "stock.read")) return new Response(null, { status: 404 });

  const params = parseTableParams(BALANCES_TABLE, request.nextUrl.searchParams);
  const t = await getTranslations({ locale: actor.locale, namespace: "stock.balances" });
  const currency = await baseCurrency();
  // Exact decimal text, no grouping: what a spreadsheet reads back as the same number.
  const columns: CsvColumn<BalanceRow>[] = [
    { header: t("columns.sku"), value: (r) => r.sku },
    { header: t("columns.product"), value: (r) => r.name },
    { header: t("columns.warehouse"), value: (r) => r.warehouse },
    { header: t("csv.uom"), value: (r) => r.uom },
    { header: t("columns.onHand"), value: (r) => formatQuantity(r.onHand) },
    { header: t("columns.reserved"), value: (r) => formatQuantity(r.reserved) },
    { header: t("columns.available"), value: (r) => formatQuantity(r.available) },
  ];
  if (can(actor, "cost.read")) {
    columns.push(
      { header: `${t("columns.averageCost")} (${currency})`, value: (r) => (r.averageCost === null ? "" : formatMoney(r.averageCost, currency)) },
      { header: `${t("columns.value")} (${currency})`, value: (r) => (r.value === null ? "" : formatMoney(r.value, currency)) },
    );
  }

  return csvResponse({
    filename: csvFilename(t("csv.filename"), appTimeZone()),
    columns,
    batches: keysetBatches(({ cursor, take }) => findStockBalancesBatch({ actor, params, cursor, take })),
  });
}
