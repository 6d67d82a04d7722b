"use client";

import { useMemo } from "react";
import Link from "next/link";
import { useFormatter, useLocale, useTranslations } from "next-intl";
import { DataTable } from "@/components/data-table/data-table";
import { dataTableColumns } from "@/components/data-table/features";
import type { DataTableFilter, DataTableState } from "@/components/data-table/types";
import { Badge } from "@/components/ui/card";
import type { ProductListRow } from "@/lib/catalog/products/find-products";
import { displayMoney } from "@/lib/domain/money";
import { PRODUCT_KINDS, PRODUCT_STATUSES } from "@/lib/validation/product";
import { displayQuantity, localName } from "./format";

const helper = dataTableColumns<ProductListRow>();
const rowId = (row: ProductListRow) => row.id;

type Props = {
  rows: ProductListRow[];
  total: number;
  state: DataTableState;
  currency: string;
  categories: { value: string; label: string }[];
  brands: string[];
};

export function ProductsTable({ rows, total, state, currency, categories, brands }: Props) {
  const t = useTranslations("products");
  const locale = useLocale();
  const format = useFormatter();

  const columns = useMemo(
    () =>
      helper.columns([
        helper.accessor("sku", {
          header: t("fields.sku"),
          meta: { label: t("fields.sku") },
          enableHiding: false,
          cell: (info) => (
            <Link href={`/app/catalog/products/${info.row.original.id}`} className="font-mono text-xs font-medium text-brand-600 hover:underline dark:text-blue-400">
              {info.getValue()}
            </Link>
          ),
        }),
        helper.accessor((row) => localName(row, locale), {
          id: "name",
          header: t("fields.name"),
          meta: { label: t("fields.name") },
          cell: (info) => (
            <Link href={`/app/catalog/products/${info.row.original.id}`} className="hover:underline" data-testid="product-name">
              {info.getValue()}
            </Link>
          ),
        }),
        helper.accessor((row) => (row.category ? localName(row.category, locale) : null), {
          id: "category",
          header: t("fields.category"),
          meta: { label: t("fields.category") },
          enableSorting: false,
          cell: (info) => info.getValue() ?? <span className="text-slate-400">—</span>,
        }),
        helper.accessor("brand", { header: t("fields.brand"), meta: { label: t("fields.brand") } }),
        helper.accessor("kind", {
          header: t("fields.kind"),
          meta: { label: t("fields.kind") },
          cell: (info) => (
            <span className="inline-flex gap-1">
              <Badge tone={info.getValue() === "group" ? "blue" : "slate"}>{t(`kinds.${info.getValue() as "simple"}`)}</Badge>
              {info.row.original.configurable && <Badge tone="amber">{t("configurableBadge")}</Badge>}
            </span>
          ),
        }),
        helper.accessor("listPrice", {
          header: t("fields.listPrice"),
          meta: { label: t("fields.listPrice"), className: "text-right tabular-nums" },
          cell: (info) => displayMoney(info.getValue(), currency, locale),
        }),
        helper.accessor("onHand", {
          header: t("fields.onHand"),
          meta: { label: t("fields.onHand"), className: "text-right tabular-nums" },
          enableSorting: false,
          cell: (info) => (
            <span data-testid="product-on-hand">
              {displayQuantity(info.getValue(), locale)} <span className="text-xs text-slate-500">{info.row.original.uom}</span>
            </span>
          ),
        }),
        helper.accessor("status", {
          header: t("fields.status"),
          meta: { label: t("fields.status") },
          cell: (info) => <Badge tone={info.getValue() === "active" ? "green" : "red"}>{t(`statuses.${info.getValue() as "active"}`)}</Badge>,
        }),
        helper.accessor("published", {
          header: t("fields.published"),
          meta: { label: t("fields.published") },
          cell: (info) => (info.getValue() ? <Badge tone="green">{t("yes")}</Badge> : <span className="text-slate-400">{t("no")}</span>),
        }),
        helper.accessor("updatedAt", {
          header: t("fields.updatedAt"),
          meta: { label: t("fields.updatedAt") },
          sortDescFirst: true,
          cell: (info) => <time dateTime={new Date(info.getValue()).toISOString()}>{format.dateTime(new Date(info.getValue()), { dateStyle: "medium" })}</time>,
        }),
      ]),
    [t, locale, currency, format],
  );

  const filters = useMemo<DataTableFilter[]>(
    () => [
      { kind: "select", key: "category", label: t("fields.category"), options: categories },
      { kind: "select", key: "brand", label: t("fields.brand"), options: brands.map((b) => ({ value: b, label: b })) },
      { kind: "select", key: "kind", label: t("fields.kind"), options: PRODUCT_KINDS.map((k) => ({ value: k, label: t(`kinds.${k}`) })) },
      { kind: "select", key: "status", label: t("fields.status"), options: PRODUCT_STATUSES.map((s) => ({ value: s, label: t(`statuses.${s}`) })) },
      {
        kind: "select",
        key: "published",
        label: t("fields.published"),
        options: [
          { value: "yes", label: t("yes") },
          { value: "no", label: t("no") },
        ],
      },
      { kind: "select", key: "variants", label: t("filters.variants"), options: [{ value: "show", label: t("filters.showVariants") }] },
    ],
    [t, categories, brands],
  );

  return (
    <DataTable
      tableId="products"
      columns={columns}
      rows={rows}
      total={total}
      state={state}
      getRowId={rowId}
      searchLabel={t("searchPlaceholder")}
      filters={filters}
      exportHref="/app/catalog/products/export"
      defaultHidden={["updatedAt"]}
    />
  );
}
