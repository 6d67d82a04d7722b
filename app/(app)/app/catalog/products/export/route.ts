import type { NextRequest } from "next/server";
import { getTranslations } from "next-intl/server";
import { can } from "@/lib/auth/permissions";
import { getActor } from "@/lib/auth/session";
import { findBaseCurrency } from "@/lib/catalog/products/base-currency";
import { findProductsBatch, type ProductListRow } from "@/lib/catalog/products/find-products";
import { PRODUCTS_TABLE } from "@/lib/catalog/products/products-table";
import { formatMoney } from "@/lib/domain/money";
import { formatQuantity } from "@/lib/domain/quantity";
import { csvFilename, csvResponse, keysetBatches, type CsvColumn } from "@/lib/table/csv-response";
import { appTimeZone } from "@/lib/table/day-range";
import { parseTableParams } from "@/lib/table/params";

export const dynamic = "force-dynamic";

/**
 * CSV of every product matching the list's current search and filters (same params, no paging).
 * Money and quantities are exact decimal text; the cost column only for people who may see cost.
 */
export async function GET(request: NextRequest): Promise<Response> {
  // A route handler is its own door: session and permission are checked here, not by the layout.
  const actor = await getActor();
  if (!actor || !can(actor, "catalog.read")) return new Response(null, { status: 404 });

  const params = parseTableParams(PRODUCTS_TABLE, request.nextUrl.searchParams);
  const t = await getTranslations({ locale: actor.locale, namespace: "products" });
  const currency = await findBaseCurrency();
  const name = (x: { nameZh: string; nameEn: string } | null) => (x ? (actor.locale === "en" ? x.nameEn : x.nameZh) : "");

  const columns: CsvColumn<ProductListRow>[] = [
    { header: t("fields.sku"), value: (p) => p.sku },
    { header: t("fields.nameZh"), value: (p) => p.nameZh },
    { header: t("fields.nameEn"), value: (p) => p.nameEn },
    { header: t("fields.category"), value: (p) => name(p.category) },
    { header: t("fields.brand"), value: (p) => p.brand },
    { header: t("fields.kind"), value: (p) => t(`kinds.${p.kind as "simple"}`) },
    { header: t("fields.uom"), value: (p) => p.uom },
    { header: t("fields.gtin"), value: (p) => p.gtin },
    { header: `${t("fields.listPrice")} (${currency})`, value: (p) => formatMoney(p.listPrice, currency) },
    ...(can(actor, "cost.read") ? [{ header: `${t("fields.standardCost")} (${currency})`, value: (p: ProductListRow) => (p.standardCost === null ? "" : formatMoney(p.standardCost, currency)) }] : []),
    { header: t("fields.onHand"), value: (p) => formatQuantity(p.onHand) },
    { header: t("fields.status"), value: (p) => t(`statuses.${p.status as "active"}`) },
    { header: t("fields.published"), value: (p) => (p.published ? t("yes") : t("no")) },
  ];

  return csvResponse({
    filename: csvFilename(t("csv.filename"), appTimeZone()),
    columns,
    batches: keysetBatches(({ cursor, take }) => findProductsBatch({ actor, params, cursor, take })),
  });
}
