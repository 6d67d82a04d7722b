import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { localName } from "@/components/catalog/format";
import { OptionGroupsEditor } from "@/components/catalog/option-groups-editor";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { Card, PageHeader } from "@/components/ui/card";
import { can } from "@/lib/auth/permissions";
import { getActor, requirePermission } from "@/lib/auth/session";
import { findBaseCurrency } from "@/lib/catalog/products/base-currency";
import { formatMoney } from "@/lib/domain/money";
import { loadProduct } from "../../load-product";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const actor = await getActor();
  if (!actor || !can(actor, "catalog.manage")) return {};
  const product = await loadProduct(actor, (await params).id);
  const t = await getTranslations("products");
  return { title: t("options.title", { name: localName(product, await getLocale()) }) };
}

export default async function ProductOptionsPage({ params }: Props) {
  const actor = await requirePermission("catalog.manage");
  const product = await loadProduct(actor, (await params).id);
  const locale = await getLocale();
  const currency = await findBaseCurrency();
  const t = await getTranslations("products");
  const name = localName(product, locale);
  const initial = product.optionGroups.map((g) => ({
    code: g.code,
    nameZh: g.nameZh,
    nameEn: g.nameEn,
    required: g.required,
    multiple: g.multiple,
    choices: g.choices.map((c) => ({ code: c.code, nameZh: c.nameZh, nameEn: c.nameEn, priceDelta: formatMoney(c.priceDelta, currency), requiresNote: c.requiresNote, excludes: c.excludes.split(",").filter(Boolean).join(", ") })),
  }));

  return (
    <div>
      <Breadcrumbs items={[{ label: t("catalog") }, { label: t("title"), href: "/app/catalog/products" }, { label: name, href: `/app/catalog/products/${product.id}` }, { label: t("options.heading") }]} />
      <PageHeader title={t("options.title", { name })} description={t("options.description")} />
      <Card>
        {product.configurable ? (
          <OptionGroupsEditor key={product.updatedAt.toISOString()} productId={product.id} initial={initial} currency={currency} />
        ) : (
          <p className="text-sm text-slate-500">
            {t("options.notConfigurable")}{" "}
            <Link href={`/app/catalog/products/${product.id}/edit`} className="text-brand-600 hover:underline dark:text-blue-400">
              {t("edit")}
            </Link>
          </p>
        )}
      </Card>
    </div>
  );
}
