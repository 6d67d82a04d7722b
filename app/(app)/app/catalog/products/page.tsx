import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Plus } from "lucide-react";
import { categoryOptions } from "@/components/catalog/category-options";
import { ProductsTable } from "@/components/catalog/products-table";
import { ProductCsvActions } from "@/components/imports/product-csv-actions";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { buttonClass } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/card";
import { can } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";
import { findCategories } from "@/lib/catalog/categories/find-categories";
import { findBaseCurrency } from "@/lib/catalog/products/base-currency";
import { findBrands, findProducts } from "@/lib/catalog/products/find-products";
import { PRODUCTS_TABLE } from "@/lib/catalog/products/products-table";
import { parseTableParams, tableState } from "@/lib/table/params";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("products");
  return { title: t("title") };
}

export default async function ProductsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePermission("catalog.read");
  const locale = await getLocale();
  const params = parseTableParams(PRODUCTS_TABLE, await searchParams);
  const [{ rows, total, page }, categories, brands, currency] = await Promise.all([
    findProducts({ actor, params, locale }),
    findCategories({ actor, locale }),
    findBrands({ actor }),
    findBaseCurrency(),
  ]);
  const t = await getTranslations("products");

  return (
    <div>
      <Breadcrumbs items={[{ label: t("catalog") }, { label: t("title") }]} />
      <PageHeader
        title={t("title")}
        description={t("description")}
        actions={
          <>
            <ProductCsvActions canImport={can(actor, "catalog.manage")} />
            {can(actor, "catalog.manage") && (
              <Link href="/app/catalog/products/new" className={buttonClass()} data-testid="new-product">
                <Plus className="h-4 w-4" aria-hidden />
                {t("newProduct")}
              </Link>
            )}
          </>
        }
      />
      <ProductsTable rows={rows} total={total} state={tableState(params, page)} currency={currency} categories={categoryOptions(categories, locale)} brands={brands} />
    </div>
  );
}
