import type { NextRequest } from "next/server";
import { getTranslations } from "next-intl/server";
import { caseProductLabel } from "@/components/service/format";
import { can } from "@/lib/auth/permissions";
import { getActor } from "@/lib/auth/session";
import type { CaseCategory, CaseSeverity, CaseStatus, RootCause } from "@/lib/domain/service-case";
import { findServiceCasesBatch, type ServiceCaseListRow } from "@/lib/service/cases/find-service-cases";
import { SERVICE_CASES_TABLE } from "@/lib/service/cases/service-cases-table";
import { csvFilename, csvResponse, keysetBatches, type CsvColumn } from "@/lib/table/csv-response";
import { appTimeZone } from "@/lib/table/day-range";
import { parseTableParams } from "@/lib/table/params";

export const dynamic = "force-dynamic";

/** CSV of every service case in the actor's scope matching the list's current search and filters. */
export async function GET(request: NextRequest): Promise<Response> {
  // A route handler is its own door: session and permission are checked here, not by the layout.
  const actor = await getActor();
  if (!actor || !can(actor, "crm.read")) return new Response(null, { status: 404 });

  const params = parseTableParams(SERVICE_CASES_TABLE, request.nextUrl.searchParams);
  const t = await getTranslations({ locale: actor.locale, namespace: "service" });
  const zone = appTimeZone();
  const day = new Intl.DateTimeFormat("en-CA", { timeZone: zone, year: "numeric", month: "2-digit", day: "2-digit" });

  const columns: CsvColumn<ServiceCaseListRow>[] = [
    { header: t("columns.number"), value: (c) => c.number },
    { header: t("columns.subject"), value: (c) => c.subject },
    { header: t("columns.account"), value: (c) => c.account.name },
    { header: t("columns.product"), value: (c) => caseProductLabel(c.product, c.productText, actor.locale) },
    { header: t("columns.category"), value: (c) => t(`categories.${c.category as CaseCategory}`) },
    { header: t("columns.severity"), value: (c) => t(`severities.${c.severity as CaseSeverity}`) },
    { header: t("columns.status"), value: (c) => t(`statuses.${c.status as CaseStatus}`) },
    { header: t("columns.rootCause"), value: (c) => (c.rootCause ? t(`rootCauses.${c.rootCause as RootCause}`) : "") },
    { header: t("columns.owner"), value: (c) => c.owner.name },
    { header: t("columns.openedAt"), value: (c) => day.format(c.openedAt) },
    { header: t("columns.resolvedAt"), value: (c) => (c.resolvedAt ? day.format(c.resolvedAt) : "") },
    { header: t("columns.satisfaction"), value: (c) => c.satisfaction },
    { header: t("columns.followUpDate"), value: (c) => c.followUpDate },
  ];

  return csvResponse({
    filename: csvFilename(t("csv.filename"), zone),
    columns,
    batches: keysetBatches(({ cursor, take }) => findServiceCasesBatch({ actor, params, cursor, take })),
  });
}
