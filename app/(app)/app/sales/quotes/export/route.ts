import type { NextRequest } from "next/server";
import { getTranslations } from "next-intl/server";
import { can } from "@/lib/auth/permissions";
import { getActor } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { formatMoney } from "@/lib/domain/money";
import { findQuotesBatch, type QuoteListRow } from "@/lib/sales/quotes/find-quotes";
import { QUOTES_TABLE } from "@/lib/sales/quotes/quotes-table";
import { csvFilename, csvResponse, keysetBatches, type CsvColumn } from "@/lib/table/csv-response";
import { appTimeZone } from "@/lib/table/day-range";
import { parseTableParams } from "@/lib/table/params";
import type { QuoteStatus } from "@/lib/validation/quotes";

export const dynamic = "force-dynamic";

/** CSV of every quote in the actor's scope matching the list's current search and filters. */
export async function GET(request: NextRequest): Promise<Response> {
  // A route handler is its own door: session and permission are checked here, not by the layout.
  const actor = await getActor();
  if (!actor || !can(actor, "sales.read")) return new Response(null, { status: 404 });

  const params = parseTableParams(QUOTES_TABLE, request.nextUrl.searchParams);
  const t = await getTranslations({ locale: actor.locale, namespace: "quotes" });
  const company = await db.company.findUnique({ where: { id: "company" }, select: { baseCurrency: true } });
  const base = company?.baseCurrency ?? "CNY";

  // Amounts as exact decimal text with their own currency column: currencies are never mixed.
  const columns: CsvColumn<QuoteListRow>[] = [
    { header: t("columns.number"), value: (q) => q.number },
    { header: t("columns.account"), value: (q) => q.account.name },
    { header: t("columns.title"), value: (q) => q.title },
    { header: t("columns.owner"), value: (q) => q.owner.name },
    { header: t("columns.status"), value: (q) => t(`statuses.${q.status as QuoteStatus}`) },
    { header: t("columns.revision"), value: (q) => String(q.currentRevision) },
    { header: t("columns.total"), value: (q) => formatMoney(q.total, q.currencyCode) },
    { header: t("columns.currency"), value: (q) => q.currencyCode },
    { header: `${t("columns.totalBase")} ${base}`, value: (q) => formatMoney(q.totalBase, base) },
    { header: t("columns.validUntil"), value: (q) => q.validUntil },
  ];

  return csvResponse({
    filename: csvFilename(t("csv.filename"), appTimeZone()),
    columns,
    batches: keysetBatches(({ cursor, take }) => findQuotesBatch({ actor, params, cursor, take })),
  });
}
