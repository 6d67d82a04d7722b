import type { NextRequest } from "next/server";
import { getTranslations } from "next-intl/server";
import { can } from "@/lib/auth/permissions";
import { getActor } from "@/lib/auth/session";
import { AGING_BUCKETS } from "@/lib/domain/aging";
import { formatMoney } from "@/lib/domain/money";
import { AGING_TABLE } from "@/lib/sales/receivables/aging-table";
import { findAging, type AgingRow } from "@/lib/sales/receivables/find-aging";
import { csvFilename, csvResponse, type CsvColumn } from "@/lib/table/csv-response";
import { appTimeZone } from "@/lib/table/day-range";
import { parseTableParams } from "@/lib/table/params";

export const dynamic = "force-dynamic";

/** CSV of the aging report with the list's filters: every matching customer, base currency. */
export async function GET(request: NextRequest): Promise<Response> {
  const actor = await getActor();
  if (!actor || !can(actor, "billing.read")) return new Response(null, { status: 404 });
  const params = parseTableParams(AGING_TABLE, request.nextUrl.searchParams);
  const t = await getTranslations({ locale: actor.locale, namespace: "receivables" });
  // The report is computed per customer in one pass already; the export takes all its rows.
  const { all, baseCurrency } = await findAging({ actor, params });
  const columns: CsvColumn<AgingRow>[] = [
    { header: t("columns.name"), value: (r) => r.name },
    { header: t("columns.code"), value: (r) => r.code },
    { header: t("columns.owner"), value: (r) => r.ownerName },
    ...AGING_BUCKETS.map((b) => ({ header: t(`buckets.${b}`), value: (r: AgingRow) => formatMoney(r[b], baseCurrency) })),
    { header: t("buckets.total"), value: (r) => formatMoney(r.total, baseCurrency) },
  ];
  return csvResponse({ filename: csvFilename(t("csv.filename"), appTimeZone()), columns, batches: (async function* () {
      yield all;
    })(),
  });
}
