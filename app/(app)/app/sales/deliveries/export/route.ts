import type { NextRequest } from "next/server";
import { getTranslations } from "next-intl/server";
import { can } from "@/lib/auth/permissions";
import { getActor } from "@/lib/auth/session";
import { DELIVERIES_TABLE } from "@/lib/sales/deliveries/deliveries-table";
import { findDeliveriesBatch, type DeliveryListRow } from "@/lib/sales/deliveries/find-deliveries";
import { csvFilename, csvResponse, keysetBatches, type CsvColumn } from "@/lib/table/csv-response";
import { appTimeZone } from "@/lib/table/day-range";
import { parseTableParams } from "@/lib/table/params";

export const dynamic = "force-dynamic";

/** CSV of every delivery the actor may see that matches the list's search and filters. */
export async function GET(request: NextRequest): Promise<Response> {
  const actor = await getActor();
  if (!actor || !can(actor, "sales.read")) return new Response(null, { status: 404 });
  const params = parseTableParams(DELIVERIES_TABLE, request.nextUrl.searchParams);
  const t = await getTranslations({ locale: actor.locale, namespace: "deliveries" });
  const columns: CsvColumn<DeliveryListRow>[] = [
    { header: t("columns.number"), value: (r) => r.number },
    { header: t("columns.account"), value: (r) => r.account.name },
    { header: t("columns.date"), value: (r) => r.deliveryDate },
    { header: t("columns.status"), value: (r) => t(`status.${r.status as "draft"}`) },
    { header: t("columns.orders"), value: (r) => r.orders.map((o) => o.number).join(" ") },
    { header: t("columns.lines"), value: (r) => r.lines },
    { header: t("columns.receipt"), value: (r) => r.receivedDate ?? "" },
    { header: t("columns.carrier"), value: (r) => r.carrier },
    { header: t("columns.tracking"), value: (r) => r.trackingNumber },
  ];
  return csvResponse({
    filename: csvFilename(t("csv.filename"), appTimeZone()),
    columns,
    batches: keysetBatches(({ cursor, take }) => findDeliveriesBatch({ actor, params, cursor, take })),
  });
}
