import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { CategoryForm } from "@/components/catalog/category-form";
import { categoryOptions } from "@/components/catalog/category-options";
import { CategoryTree } from "@/components/catalog/category-tree";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { Card, PageHeader } from "@/components/ui/card";
import { requirePermission } from "@/lib/auth/session";
import { findCategories } from "@/lib/catalog/categories/find-categories";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("categories");
  return { title: t("title") };
}

export default async function CategoriesPage() {
  const actor = await requirePermission("catalog.manage");
  const locale = await getLocale();
  const t = await getTranslations("categories");
  const tp = await getTranslations("products");
  const categories = await findCategories({ actor, locale });

  return (
    <div>
      <Breadcrumbs items={[{ label: tp("catalog"), href: "/app/catalog/products" }, { label: t("title") }]} />
      <PageHeader title={t("title")} description={t("description")} />
      <div className="grid gap-6 lg:grid-cols-[1fr_22rem]">
        <Card>
          <h2 className="mb-3 text-sm font-medium text-slate-500">{t("tree")}</h2>
          <CategoryTree categories={categories} locale={locale} />
        </Card>
        <Card>
          <h2 className="mb-3 text-sm font-medium text-slate-500">{t("create")}</h2>
          <CategoryForm parents={categoryOptions(categories, locale)} />
        </Card>
      </div>
    </div>
  );
}
