import type { NextRequest } from "next/server";
import { getTranslations } from "next-intl/server";
import { can } from "@/lib/auth/permissions";
import { getActor } from "@/lib/auth/session";
import { formatMoney } from "@/lib/domain/money";
import { findOrdersBatch, type OrderListRow } from "@/lib/sales/orders/find-orders";
import { ORDERS_TABLE } from "@/lib/sales/orders/orders-table";
import { csvFilename, csvResponse, keysetBatches, type CsvColumn } from "@/lib/table/csv-response";
import { appTimeZone } from "@/lib/table/day-range";
import { parseTableParams } from "@/lib/table/params";

export const dynamic = "force-dynamic";

/** CSV of every order in the actor's scope matching the list's current search and filters. */
export async function GET(request: NextRequest): Promise<Response> {
  // A route handler is its own door: session and permission are checked here, not by the layout.
  const actor = await getActor();
  if (!actor || !can(actor, "sales.read")) return new Response(null, { status: 404 });

  const params = parseTableParams(ORDERS_TABLE, request.nextUrl.searchParams);
  const t = await getTranslations({ locale: actor.locale, namespace: "orders" });

  // Amounts as exact decimal text with their own currency column: currencies are never mixed.
  const columns: CsvColumn<OrderListRow>[] = [
    { header: t("columns.number"), value: (o) => o.number ?? "" },
    { header: t("columns.account"), value: (o) => o.account.name },
    { header: t("columns.owner"), value: (o) => o.owner.name },
    { header: t("columns.orderDate"), value: (o) => o.orderDate },
    { header: t("columns.phase"), value: (o) => t(`phases.${o.phase}`) },
    { header: t("columns.delivery"), value: (o) => t(`deliveryStatus.${o.deliveryStatus as "none" | "partial" | "delivered"}`) },
    { header: t("columns.invoice"), value: (o) => t(`invoiceStatus.${o.invoiceStatus as "none" | "partial" | "invoiced"}`) },
    { header: t("columns.hold"), value: (o) => o.creditHold },
    { header: t("columns.total"), value: (o) => formatMoney(o.total, o.currencyCode) },
    { header: t("columns.currency"), value: (o) => o.currencyCode },
    { header: t("columns.totalBase"), value: (o) => o.totalBase },
    { header: t("columns.customerReference"), value: (o) => o.customerReference },
  ];

  return csvResponse({
    filename: csvFilename(t("csv.filename"), appTimeZone()),
    columns,
    batches: keysetBatches(({ cursor, take }) => findOrdersBatch({ actor, params, cursor, take })),
  });
}
