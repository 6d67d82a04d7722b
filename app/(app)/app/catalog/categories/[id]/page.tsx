import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { CategoryForm } from "@/components/catalog/category-form";
import { categoryOptions } from "@/components/catalog/category-options";
import { ConfirmDeleteForm } from "@/components/ui/confirm-delete-form";
import { deleteCategoryAction } from "@/lib/actions/categories";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { Card, PageHeader } from "@/components/ui/card";
import { can } from "@/lib/auth/permissions";
import { getActor, requirePermission } from "@/lib/auth/session";
import { findCategories } from "@/lib/catalog/categories/find-categories";
import { findCategory } from "@/lib/catalog/categories/find-category";
import { descendantsAndSelf } from "@/lib/domain/team-tree";
import { NotFoundError } from "@/lib/errors";

type Props = { params: Promise<{ id: string }> };

async function load(id: string) {
  const actor = await requirePermission("catalog.manage");
  try {
    return { actor, category: await findCategory({ actor, id }) };
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  // Nothing about the record in the title unless the viewer may see it.
  if (!can(await getActor(), "catalog.manage")) return {};
  const { category } = await load((await params).id);
  return { title: (await getLocale()) === "en" ? category.nameEn : category.nameZh };
}

export default async function CategoryPage({ params }: Props) {
  const { actor, category } = await load((await params).id);
  const locale = await getLocale();
  const t = await getTranslations("categories");
  const tp = await getTranslations("products");
  const categories = await findCategories({ actor, locale });
  const name = locale === "en" ? category.nameEn : category.nameZh;
  // A category cannot move under itself or its own sub-categories; the server checks this again.
  const parents = categoryOptions(categories, locale, descendantsAndSelf(categories, category.id));

  return (
    <div>
      <Breadcrumbs items={[{ label: tp("catalog"), href: "/app/catalog/products" }, { label: t("title"), href: "/app/catalog/categories" }, { label: name }]} />
      <PageHeader
        title={name}
        description={t("summary", { products: category.productCount, children: category.childCount })}
        actions={
          <Link href={`/app/catalog/products?category=${category.id}`} className="text-sm text-brand-600 hover:underline dark:text-blue-400">
            {t("showProducts")}
          </Link>
        }
      />
      <div className="grid gap-6 lg:grid-cols-[1fr_22rem]">
        <Card>
          <h2 className="mb-3 text-sm font-medium text-slate-500">{t("editTitle")}</h2>
          <CategoryForm
            key={category.id}
            parents={parents}
            category={{ id: category.id, nameZh: category.nameZh, nameEn: category.nameEn, slug: category.slug, parentId: category.parentId ?? "", position: String(category.position) }}
          />
        </Card>
        <Card>
          <h2 className="mb-1 text-sm font-medium text-slate-500">{t("deleteTitle")}</h2>
          <p className="mb-3 text-sm text-slate-500">{t("deleteHint")}</p>
          <ConfirmDeleteForm action={deleteCategoryAction} id={category.id} label={t("delete")} confirm={t("deleteConfirm", { name })} testId="delete-category" />
        </Card>
      </div>
    </div>
  );
}
