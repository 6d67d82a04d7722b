import type { NextRequest } from "next/server";
import { getFormatter, getTranslations } from "next-intl/server";
import { can } from "@/lib/auth/permissions";
import { getActor } from "@/lib/auth/session";
import { formatMoney } from "@/lib/domain/money";
import { formatQuantity } from "@/lib/domain/quantity";
import { NotFoundError } from "@/lib/errors";
import { findPriceList } from "@/lib/pricing/price-lists/find-price-list";
import { findPriceListItemsBatch, type PriceListItemExportRow } from "@/lib/pricing/price-lists/find-price-list-items";
import { csvFilename, csvResponse, keysetBatches, type CsvColumn } from "@/lib/table/csv-response";
import { appTimeZone } from "@/lib/table/day-range";

export const dynamic = "force-dynamic";

/** Every price of one list as CSV: SKU, names, from quantity, exact price text, currency. */
export async function GET(_request: NextRequest, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  // A route handler is its own door: session and permission are checked here, not by the layout.
  const actor = await getActor();
  if (!actor || !can(actor, "pricing.manage")) return new Response(null, { status: 404 });
  let list;
  try {
    list = await findPriceList({ actor, id: (await params).id });
  } catch (error) {
    if (error instanceof NotFoundError) return new Response(null, { status: 404 });
    throw error;
  }

  const t = await getTranslations({ locale: actor.locale, namespace: "pricing" });
  const format = await getFormatter({ locale: actor.locale });
  const columns: CsvColumn<PriceListItemExportRow>[] = [
    { header: t("items.csv.sku"), value: (i) => i.product.sku },
    { header: t("items.csv.nameZh"), value: (i) => i.product.nameZh },
    { header: t("items.csv.nameEn"), value: (i) => i.product.nameEn },
    { header: t("items.csv.uom"), value: (i) => i.product.uom },
    { header: t("items.csv.minQty"), value: (i) => formatQuantity(i.minQty) },
    // Exact decimal text, no grouping: re-importable and never a float.
    { header: t("items.csv.unitPrice"), value: (i) => formatMoney(i.unitPrice, list.currencyCode) },
    { header: t("items.csv.currency"), value: () => list.currencyCode },
    { header: t("items.csv.taxInclusive"), value: () => list.taxInclusive },
    { header: t("items.csv.updatedAt"), value: (i) => format.dateTime(i.updatedAt, { dateStyle: "short", timeStyle: "short", timeZone: appTimeZone() }) },
  ];

  return csvResponse({
    filename: csvFilename(`${t("items.csv.filename")}-${list.name}`, appTimeZone()),
    columns,
    batches: keysetBatches(({ cursor, take }) => findPriceListItemsBatch({ actor, priceListId: list.id, cursor, take })),
  });
}
