import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { categoryOptions } from "@/components/catalog/category-options";
import { ProductForm } from "@/components/catalog/product-form";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { PageHeader } from "@/components/ui/card";
import { can } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";
import { findCategories } from "@/lib/catalog/categories/find-categories";
import { findBaseCurrency } from "@/lib/catalog/products/base-currency";
import { findVatRateOptions } from "@/lib/catalog/products/find-product";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("products");
  return { title: t("newTitle") };
}

export default async function NewProductPage() {
  const actor = await requirePermission("catalog.manage");
  const locale = await getLocale();
  const [categories, vatRates, currency] = await Promise.all([findCategories({ actor, locale }), findVatRateOptions({ actor }), findBaseCurrency()]);
  const t = await getTranslations("products");
  return (
    <div>
      <Breadcrumbs items={[{ label: t("catalog") }, { label: t("title"), href: "/app/catalog/products" }, { label: t("newTitle") }]} />
      <PageHeader title={t("newTitle")} description={t("newDescription")} />
      <ProductForm
        categories={categoryOptions(categories, locale)}
        vatRates={vatRates.map((r) => ({ value: r.code, label: locale === "en" ? r.nameEn : r.nameZh }))}
        currency={currency}
        canSeeCost={can(actor, "cost.read")}
      />
    </div>
  );
}
