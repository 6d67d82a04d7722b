import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { categoryOptions } from "@/components/catalog/category-options";
import { localName } from "@/components/catalog/format";
import { ProductForm } from "@/components/catalog/product-form";
import { productFormValues } from "@/components/catalog/product-form-values";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { PageHeader } from "@/components/ui/card";
import { can } from "@/lib/auth/permissions";
import { getActor, requirePermission } from "@/lib/auth/session";
import { findCategories } from "@/lib/catalog/categories/find-categories";
import { findBaseCurrency } from "@/lib/catalog/products/base-currency";
import { findVatRateOptions } from "@/lib/catalog/products/find-product";
import { loadProduct } from "../../load-product";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  // Nothing about the record in the title unless the viewer may see this page.
  const actor = await getActor();
  if (!actor || !can(actor, "catalog.manage")) return {};
  const product = await loadProduct(actor, (await params).id);
  const t = await getTranslations("products");
  return { title: t("editTitle", { name: localName(product, await getLocale()) }) };
}

export default async function EditProductPage({ params }: Props) {
  const actor = await requirePermission("catalog.manage");
  const product = await loadProduct(actor, (await params).id);
  const locale = await getLocale();
  const [categories, vatRates, currency] = await Promise.all([findCategories({ actor, locale }), findVatRateOptions({ actor, current: product.vatRateCode }), findBaseCurrency()]);
  const t = await getTranslations("products");
  const name = localName(product, locale);
  return (
    <div>
      <Breadcrumbs items={[{ label: t("catalog") }, { label: t("title"), href: "/app/catalog/products" }, { label: name, href: `/app/catalog/products/${product.id}` }, { label: t("edit") }]} />
      <PageHeader title={t("editTitle", { name })} description={product.sku} />
      <ProductForm
        key={product.id}
        product={{ id: product.id, values: productFormValues(product, currency) }}
        categories={categoryOptions(categories, locale)}
        vatRates={vatRates.map((r) => ({ value: r.code, label: locale === "en" ? r.nameEn : r.nameZh }))}
        currency={currency}
        canSeeCost={can(actor, "cost.read")}
      />
    </div>
  );
}
