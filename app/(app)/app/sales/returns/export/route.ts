import type { NextRequest } from "next/server";
import { getTranslations } from "next-intl/server";
import { can } from "@/lib/auth/permissions";
import { getActor } from "@/lib/auth/session";
import { findReturnsBatch, type ReturnListRow } from "@/lib/sales/returns/find-returns";
import { RETURNS_TABLE } from "@/lib/sales/returns/returns-table";
import { csvFilename, csvResponse, keysetBatches, type CsvColumn } from "@/lib/table/csv-response";
import { appTimeZone } from "@/lib/table/day-range";
import { parseTableParams } from "@/lib/table/params";

export const dynamic = "force-dynamic";

/** CSV of every return the actor may see that matches the list's search and filters. */
export async function GET(request: NextRequest): Promise<Response> {
  const actor = await getActor();
  if (!actor || !can(actor, "sales.read")) return new Response(null, { status: 404 });
  const params = parseTableParams(RETURNS_TABLE, request.nextUrl.searchParams);
  const t = await getTranslations({ locale: actor.locale, namespace: "deliveries" });
  const columns: CsvColumn<ReturnListRow>[] = [
    { header: t("returns.columns.number"), value: (r) => r.number },
    { header: t("returns.columns.delivery"), value: (r) => r.delivery.number },
    { header: t("returns.columns.account"), value: (r) => r.account.name },
    { header: t("returns.columns.date"), value: (r) => r.returnDate },
    { header: t("returns.columns.status"), value: (r) => t(`status.${r.status as "draft"}`) },
    { header: t("returns.columns.reason"), value: (r) => r.reason },
    { header: t("returns.columns.lines"), value: (r) => r.lines },
    { header: t("returns.columns.creditNote"), value: (r) => r.creditNote?.number ?? "" },
  ];
  return csvResponse({
    filename: csvFilename(t("returns.csv.filename"), appTimeZone()),
    columns,
    batches: keysetBatches(({ cursor, take }) => findReturnsBatch({ actor, params, cursor, take })),
  });
}
