import type { NextRequest } from "next/server";
import { getTranslations } from "next-intl/server";
import { can } from "@/lib/auth/permissions";
import { getActor } from "@/lib/auth/session";
import { formatMoney } from "@/lib/domain/money";
import { findInvoicesBatch, type InvoiceListRow } from "@/lib/sales/invoices/find-invoices";
import { INVOICES_TABLE } from "@/lib/sales/invoices/invoices-table";
import { baseCurrency } from "@/lib/stock/base-currency";
import { csvFilename, csvResponse, keysetBatches, type CsvColumn } from "@/lib/table/csv-response";
import { appTimeZone } from "@/lib/table/day-range";
import { parseTableParams } from "@/lib/table/params";

export const dynamic = "force-dynamic";

/** CSV of every invoice and credit note the actor may see that matches the list's search and filters. */
export async function GET(request: NextRequest): Promise<Response> {
  // A route handler is its own door: session and permission are checked here, not by the layout.
  const actor = await getActor();
  if (!actor || !can(actor, "sales.read")) return new Response(null, { status: 404 });
  const params = parseTableParams(INVOICES_TABLE, request.nextUrl.searchParams);
  const [t, base] = await Promise.all([getTranslations({ locale: actor.locale, namespace: "invoices" }), baseCurrency()]);
  // Amounts as exact decimal text beside their currency: currencies are never mixed.
  const columns: CsvColumn<InvoiceListRow>[] = [
    { header: t("columns.number"), value: (r) => r.number ?? "" },
    { header: t("columns.kind"), value: (r) => t(`kind.${r.kind}`) },
    { header: t("columns.status"), value: (r) => t(`status.${r.status as "draft"}`) },
    { header: t("columns.account"), value: (r) => r.account.name },
    { header: t("columns.issueDate"), value: (r) => r.issueDate },
    { header: t("columns.dueDate"), value: (r) => (r.kind === "INVOICE" ? r.dueDate : "") },
    { header: t("columns.currency"), value: (r) => r.currencyCode },
    { header: t("columns.total"), value: (r) => formatMoney(r.total, r.currencyCode) },
    { header: t("columns.open"), value: (r) => formatMoney(r.open, r.currencyCode) },
    { header: `${t("columns.totalBase")} ${base}`, value: (r) => formatMoney(r.totalBase, base) },
    { header: t("columns.overdue"), value: (r) => r.overdueDays },
    { header: t("columns.original"), value: (r) => r.original?.number ?? "" },
  ];
  return csvResponse({
    filename: csvFilename(t("csv.filename"), appTimeZone()),
    columns,
    batches: keysetBatches(({ cursor, take }) => findInvoicesBatch({ actor, params, cursor, take })),
  });
}
