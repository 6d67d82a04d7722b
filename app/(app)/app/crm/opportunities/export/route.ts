import type { NextRequest } from "next/server";
import { getTranslations } from "next-intl/server";
import { can } from "@/lib/auth/permissions";
import { getActor } from "@/lib/auth/session";
import { findOpportunitiesBatch, type OpportunityListRow } from "@/lib/crm/opportunities/find-opportunities";
import { OPPORTUNITIES_TABLE } from "@/lib/crm/opportunities/opportunities-table";
import { basisPointsToPercent } from "@/lib/domain/basis-points";
import { formatMoney, percentOf } from "@/lib/domain/money";
import { stageName, type Rating } from "@/lib/domain/pipeline";
import { csvFilename, csvResponse, keysetBatches, type CsvColumn } from "@/lib/table/csv-response";
import { appTimeZone } from "@/lib/table/day-range";
import { parseTableParams } from "@/lib/table/params";

export const dynamic = "force-dynamic";

/** CSV of every opportunity in the actor's scope matching the list's current search and filters. */
export async function GET(request: NextRequest): Promise<Response> {
  // A route handler is its own door: session and permission are checked here, not by the layout.
  const actor = await getActor();
  if (!actor || !can(actor, "crm.read")) return new Response(null, { status: 404 });

  const params = parseTableParams(OPPORTUNITIES_TABLE, request.nextUrl.searchParams);
  const t = await getTranslations({ locale: actor.locale, namespace: "pipeline" });

  // Amounts as exact decimal text with their own currency column: currencies are never mixed.
  const columns: CsvColumn<OpportunityListRow>[] = [
    { header: t("columns.name"), value: (o) => o.name },
    { header: t("columns.account"), value: (o) => o.account.name },
    { header: t("columns.stage"), value: (o) => stageName(o.stage, actor.locale) },
    { header: t("columns.amount"), value: (o) => formatMoney(o.amount, o.currencyCode) },
    { header: t("columns.currency"), value: (o) => o.currencyCode },
    { header: t("columns.probability"), value: (o) => basisPointsToPercent(o.probabilityBp) },
    { header: t("columns.weighted"), value: (o) => formatMoney(percentOf(o.amount, o.probabilityBp), o.currencyCode) },
    { header: t("columns.expectedCloseDate"), value: (o) => o.expectedCloseDate },
    { header: t("columns.owner"), value: (o) => o.owner.name },
    { header: t("columns.rating"), value: (o) => t(`ratings.${o.rating as Rating}`) },
  ];

  return csvResponse({
    filename: csvFilename(t("csv.filename"), appTimeZone()),
    columns,
    batches: keysetBatches(({ cursor, take }) => findOpportunitiesBatch({ actor, params, cursor, take })),
  });
}
