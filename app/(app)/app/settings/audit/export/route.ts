import type { NextRequest } from "next/server";
import { getFormatter, getTranslations } from "next-intl/server";
import { AUDIT_TABLE, findAuditEntriesBatch } from "@/lib/audit/find-audit-entries";
import { can } from "@/lib/auth/permissions";
import { getActor } from "@/lib/auth/session";
import { csvFilename, csvResponse, keysetBatches, type CsvColumn } from "@/lib/table/csv-response";
import { appTimeZone } from "@/lib/table/day-range";
import { parseTableParams } from "@/lib/table/params";

export const dynamic = "force-dynamic";

type Entry = Awaited<ReturnType<typeof findAuditEntriesBatch>>[number];

/** CSV of every audit entry matching the log's current search and filters, with before/after JSON. */
export async function GET(request: NextRequest): Promise<Response> {
  // A route handler is its own door: session and permission are checked here.
  const actor = await getActor();
  if (!actor || !can(actor, "audit.read")) return new Response(null, { status: 404 });

  const params = parseTableParams(AUDIT_TABLE, request.nextUrl.searchParams);
  const t = await getTranslations({ locale: actor.locale, namespace: "audit" });
  const format = await getFormatter({ locale: actor.locale });

  const columns: CsvColumn<Entry>[] = [
    { header: t("columns.at"), value: (e) => format.dateTime(e.at, { dateStyle: "short", timeStyle: "medium", timeZone: appTimeZone() }) },
    { header: t("columns.actorEmail"), value: (e) => e.actorEmail || t("system") },
    { header: t("columns.action"), value: (e) => e.action },
    { header: t("columns.entityType"), value: (e) => e.entityType },
    { header: t("columns.entityId"), value: (e) => e.entityId },
    { header: t("columns.requestId"), value: (e) => e.requestId },
    { header: t("columns.before"), value: (e) => e.before },
    { header: t("columns.after"), value: (e) => e.after },
  ];

  return csvResponse({
    filename: csvFilename(t("csv.filename"), appTimeZone()),
    columns,
    batches: keysetBatches(({ cursor, take }) => findAuditEntriesBatch({ actor, params, cursor, take })),
  });
}
