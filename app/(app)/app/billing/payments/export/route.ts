import type { NextRequest } from "next/server";
import { getTranslations } from "next-intl/server";
import { can } from "@/lib/auth/permissions";
import { getActor } from "@/lib/auth/session";
import { formatMoney } from "@/lib/domain/money";
import { findBaseCurrency } from "@/lib/pricing/currencies/find-base-currency";
import { findPaymentsBatch, type PaymentListRow } from "@/lib/sales/payments/find-payments";
import { PAYMENTS_TABLE } from "@/lib/sales/payments/payments-table";
import { csvFilename, csvResponse, keysetBatches, type CsvColumn } from "@/lib/table/csv-response";
import { appTimeZone } from "@/lib/table/day-range";
import { parseTableParams } from "@/lib/table/params";
import type { PaymentMethod } from "@/lib/validation/payments";

export const dynamic = "force-dynamic";

/** CSV of every payment in the actor's scope matching the list's current search and filters. */
export async function GET(request: NextRequest): Promise<Response> {
  // A route handler is its own door: session and permission are checked here, not by the layout.
  const actor = await getActor();
  if (!actor || !can(actor, "sales.read")) return new Response(null, { status: 404 });
  const params = parseTableParams(PAYMENTS_TABLE, request.nextUrl.searchParams);
  const t = await getTranslations({ locale: actor.locale, namespace: "payments" });
  const base = await findBaseCurrency();
  // Exact decimal text with the currency beside it: currencies are never mixed in one column.
  const columns: CsvColumn<PaymentListRow>[] = [
    { header: t("columns.number"), value: (p) => p.number },
    { header: t("columns.paymentDate"), value: (p) => p.paymentDate },
    { header: t("columns.kind"), value: (p) => t(`kinds.${p.kind as "RECEIPT"}`) },
    { header: t("columns.account"), value: (p) => p.account.name },
    { header: t("columns.amount"), value: (p) => formatMoney(p.amount, p.currencyCode) },
    { header: t("columns.currency"), value: (p) => p.currencyCode },
    { header: t("columns.amountBase"), value: (p) => formatMoney(p.amountBase, base) },
    { header: t("columns.method"), value: (p) => t(`methods.${p.method as PaymentMethod}`) },
    { header: t("columns.reference"), value: (p) => p.reference },
  ];
  return csvResponse({
    filename: csvFilename(t("csv.filename"), appTimeZone()),
    columns,
    batches: keysetBatches(({ cursor, take }) => findPaymentsBatch({ actor, params, cursor, take })),
  });
}
