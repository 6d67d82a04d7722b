import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { FlatNode } from "@/lib/domain/team-tree";
import type { CategoryRow } from "@/lib/catalog/categories/find-categories";

/** The category tree as an indented table: both names, slug, position and product counts. */
export async function CategoryTree({ categories, locale }: { categories: FlatNode<CategoryRow>[]; locale: string }) {
  const t = await getTranslations("categories");
  if (categories.length === 0) return <p className="text-sm text-slate-500">{t("empty")}</p>;
  const primary = (c: CategoryRow) => (locale === "en" ? c.nameEn : c.nameZh);
  const secondary = (c: CategoryRow) => (locale === "en" ? c.nameZh : c.nameEn);
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-sm" data-testid="category-tree">
        <thead>
          <tr className="border-b border-slate-200 text-left text-xs uppercase text-slate-500 dark:border-slate-700">
            <th className="py-2 font-medium">{t("name")}</th>
            <th className="py-2 font-medium">{t("slug")}</th>
            <th className="py-2 text-right font-medium">{t("position")}</th>
            <th className="py-2 text-right font-medium" title={t("productsHint")}>
              {t("products")}
            </th>
          </tr>
        </thead>
        <tbody>
          {categories.map((c) => (
            <tr key={c.id} data-testid="category-node" data-depth={c.depth} className="border-b border-slate-100 last:border-0 dark:border-slate-800">
              <td className="py-2" style={{ paddingLeft: `${c.depth * 1.5}rem` }}>
                {c.depth > 0 && (
                  <span aria-hidden className="mr-1.5 text-slate-400">
                    └
                  </span>
                )}
                <Link href={`/app/catalog/categories/${c.id}`} className="font-medium text-brand-600 hover:underline dark:text-blue-400">
                  {primary(c)}
                </Link>
                <span className="ml-2 text-slate-500">{secondary(c)}</span>
              </td>
              <td className="py-2 font-mono text-xs text-slate-600 dark:text-slate-300">{c.slug}</td>
              <td className="py-2 text-right tabular-nums">{c.position}</td>
              <td className="py-2 text-right tabular-nums" data-testid="category-count" title={t("productsHint")}>
                <Link href={`/app/catalog/products?category=${c.id}`} className="hover:underline">
                  {c.productCount} / {c.totalCount}
                </Link>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
