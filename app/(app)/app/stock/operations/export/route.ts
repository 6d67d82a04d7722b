import type { NextRequest } from "next/server";
import { getFormatter, getTranslations } from "next-intl/server";
import { can } from "@/lib/auth/permissions";
import { getActor } from "@/lib/auth/session";
import { findStockOperationsBatch, type OperationListRow } from "@/lib/stock/operations/find-stock-operations";
import { OPERATIONS_TABLE } from "@/lib/stock/operations/operations-table";
import { csvFilename, csvResponse, keysetBatches, type CsvColumn } from "@/lib/table/csv-response";
import { appTimeZone } from "@/lib/table/day-range";
import { parseTableParams } from "@/lib/table/params";

export const dynamic = "force-dynamic";

/** CSV of every stock operation matching the list's search and filters. */
export async function GET(request: NextRequest): Promise<Response> {
  const actor = await getActor();
  if (!actor || !can(actor, "stock.read")) return new Response(null, { status: 404 });

  const params = parseTableParams(OPERATIONS_TABLE, request.nextUrl.searchParams);
  const t = await getTranslations({ locale: actor.locale, namespace: "stock" });
  const format = await getFormatter({ locale: actor.locale });
  const columns: CsvColumn<OperationListRow>[] = [
    { header: t("operations.columns.number"), value: (r) => r.number },
    { header: t("operations.columns.type"), value: (r) => t(`types.${r.type as "RECEIPT"}`) },
    { header: t("operations.columns.postedAt"), value: (r) => format.dateTime(r.postedAt, { dateStyle: "short", timeStyle: "short", timeZone: appTimeZone() }) },
    { header: t("operations.columns.warehouse"), value: (r) => (r.toWarehouse ? `${r.warehouse} → ${r.toWarehouse}` : r.warehouse) },
    { header: t("operations.columns.reference"), value: (r) => r.reference },
    { header: t("operations.columns.createdBy"), value: (r) => r.createdBy },
    { header: t("operations.columns.lines"), value: (r) => r.lines },
    { header: t("operations.columns.status"), value: (r) => r.reversedBy?.number ?? "" },
  ];
  return csvResponse({
    filename: csvFilename(t("operations.csv.filename"), appTimeZone()),
    columns,
    batches: keysetBatches(({ cursor, take }) => findStockOperationsBatch({ actor, params, cursor, take })),
  });
}
