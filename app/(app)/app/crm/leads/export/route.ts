import type { NextRequest } from "next/server";
import { getTranslations } from "next-intl/server";
import { can } from "@/lib/auth/permissions";
import { getActor } from "@/lib/auth/session";
import { findLeadsBatch, type LeadListRow } from "@/lib/crm/leads/find-leads";
import { LEADS_TABLE } from "@/lib/crm/leads/leads-table";
import type { Region } from "@/lib/domain/crm";
import type { LeadRating, LeadSource, LeadStatus } from "@/lib/domain/leads";
import { csvFilename, csvResponse, keysetBatches, type CsvColumn } from "@/lib/table/csv-response";
import { appTimeZone } from "@/lib/table/day-range";
import { parseTableParams } from "@/lib/table/params";

export const dynamic = "force-dynamic";

/** CSV of every lead in the actor's scope matching the list's current search and filters. */
export async function GET(request: NextRequest): Promise<Response> {
  // A route handler is its own door: session and permission are checked here, not by the layout.
  const actor = await getActor();
  if (!actor || !can(actor, "crm.read")) return new Response(null, { status: 404 });

  const params = parseTableParams(LEADS_TABLE, request.nextUrl.searchParams);
  const t = await getTranslations({ locale: actor.locale, namespace: "leads" });
  const tc = await getTranslations({ locale: actor.locale, namespace: "crm" });

  const columns: CsvColumn<LeadListRow>[] = [
    { header: t("columns.number"), value: (l) => l.number },
    { header: t("columns.personName"), value: (l) => l.personName },
    { header: t("columns.company"), value: (l) => l.company },
    { header: t("columns.title"), value: (l) => l.title },
    { header: t("columns.email"), value: (l) => l.email },
    { header: t("columns.phone"), value: (l) => l.phone },
    { header: t("columns.region"), value: (l) => (l.region ? tc(`regions.${l.region as Region}`) : "") },
    { header: t("columns.province"), value: (l) => l.province },
    { header: t("columns.city"), value: (l) => l.city },
    { header: t("columns.industry"), value: (l) => l.industry },
    { header: t("columns.status"), value: (l) => t(`statuses.${l.status as LeadStatus}`) },
    { header: t("columns.rating"), value: (l) => t(`ratings.${l.rating as LeadRating}`) },
    { header: t("columns.score"), value: (l) => String(l.score) },
    { header: t("columns.source"), value: (l) => t(`sources.${l.source as LeadSource}`) },
    { header: t("columns.campaign"), value: (l) => l.campaign },
    { header: t("columns.owner"), value: (l) => l.owner.name },
    { header: t("columns.createdAt"), value: (l) => l.createdAt.toISOString() },
  ];

  return csvResponse({
    filename: csvFilename(t("csv.filename"), appTimeZone()),
    columns,
    batches: keysetBatches(({ cursor, take }) => findLeadsBatch({ actor, params, cursor, take })),
  });
}
