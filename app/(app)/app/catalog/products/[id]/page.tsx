import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Boxes, Pencil, SlidersHorizontal } from "lucide-react";
import { ConfigurePreview } from "@/components/catalog/configure-preview";
import { localName } from "@/components/catalog/format";
import { ProductImages } from "@/components/catalog/product-images";
import { PriceListPrices, ProductFacts, StockByWarehouse, VariantsTable } from "@/components/catalog/product-sections";
import { VariantEditor } from "@/components/catalog/variant-editor";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { buttonClass } from "@/components/ui/button";
import { Badge, Card, PageHeader } from "@/components/ui/card";
import { can } from "@/lib/auth/permissions";
import { getActor, requirePermission } from "@/lib/auth/session";
import { toRules } from "@/lib/catalog/options/option-rules";
import { findBaseCurrency } from "@/lib/catalog/products/base-currency";
import { findMissingVariants } from "@/lib/catalog/variants/find-missing-variants";
import { loadProduct } from "../load-product";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  // Nothing about the record in the title unless the viewer may see it.
  const actor = await getActor();
  if (!actor || !can(actor, "catalog.read")) return {};
  const product = await loadProduct(actor, (await params).id);
  return { title: `${localName(product, await getLocale())} · ${product.sku}` };
}

export default async function ProductPage({ params, searchParams }: Props) {
  const actor = await requirePermission("catalog.read");
  const product = await loadProduct(actor, (await params).id);
  const created = (await searchParams).created === "1";
  const locale = await getLocale();
  const currency = await findBaseCurrency();
  const t = await getTranslations("products");
  const canManage = can(actor, "catalog.manage");
  const name = localName(product, locale);
  const isGroup = product.kind === "group";
  const missing = isGroup && canManage ? await findMissingVariants({ actor, productId: product.id }) : [];
  const used = new Set(product.variants.flatMap((v) => Object.values(v.values)));
  const valueText = (v: { valueZh: string; valueEn: string }) => (v.valueZh === v.valueEn ? v.valueZh : locale === "en" ? v.valueEn : `${v.valueZh} ${v.valueEn}`);
  const variantOf = [...product.variantValues].sort((a, b) => a.attribute.position - b.attribute.position);

  return (
    <div>
      <Breadcrumbs items={[{ label: t("catalog") }, { label: t("title"), href: "/app/catalog/products" }, ...(product.parent ? [{ label: localName(product.parent, locale), href: `/app/catalog/products/${product.parent.id}` }] : []), { label: name }]} />
      <PageHeader
        title={name}
        description={`${product.sku} · ${locale === "en" ? product.nameZh : product.nameEn}`}
        actions={
          <>
            <Badge tone={product.status === "active" ? "green" : "red"}>{t(`statuses.${product.status as "active"}`)}</Badge>
            <Link href={`/app/stock/products/${product.id}`} className={buttonClass("secondary")} data-testid="stock-card-link">
              <Boxes className="h-4 w-4" aria-hidden />
              {t("stockCard")}
            </Link>
            {canManage && product.configurable && (
              <Link href={`/app/catalog/products/${product.id}/options`} className={buttonClass("secondary")} data-testid="edit-options">
                <SlidersHorizontal className="h-4 w-4" aria-hidden />
                {t("options.edit")}
              </Link>
            )}
            {canManage && (
              <Link href={`/app/catalog/products/${product.id}/edit`} className={buttonClass()} data-testid="edit-product">
                <Pencil className="h-4 w-4" aria-hidden />
                {t("edit")}
              </Link>
            )}
          </>
        }
      />
      {created && (
        <p role="status" data-testid="form-success" className="mb-4 rounded-md bg-green-50 px-3 py-2 text-sm text-green-700 dark:bg-green-950 dark:text-green-300">
          {t("created")}
        </p>
      )}
      {product.parent && (
        <p className="mb-4 text-sm text-slate-600 dark:text-slate-300" data-testid="variant-of">
          {t("variantOf")}{" "}
          <Link href={`/app/catalog/products/${product.parent.id}`} className="text-brand-600 hover:underline dark:text-blue-400">
            {localName(product.parent, locale)} ({product.parent.sku})
          </Link>
          {variantOf.length > 0 && ` · ${variantOf.map((v) => `${localName(v.attribute, locale)}: ${valueText(v.value)}`).join(" · ")}`}
        </p>
      )}

      <div className="grid gap-6 lg:grid-cols-[20rem_1fr]">
        <Card>
          <ProductImages productId={product.id} canManage={canManage} images={product.images.map((i) => ({ id: i.id, fileName: i.fileName, width: i.width, height: i.height, alt: (locale === "en" ? i.altEn : i.altZh) || name }))} />
        </Card>
        <div className="space-y-6">
          <Card>
            <h2 className="mb-3 text-sm font-medium text-slate-500">{t("sections.facts")}</h2>
            <ProductFacts product={product} currency={currency} />
          </Card>
          {(product.descriptionZh || product.descriptionEn) && (
            <Card>
              <h2 className="mb-3 text-sm font-medium text-slate-500">{t("sections.description")}</h2>
              <p className="whitespace-pre-line text-sm">{(locale === "en" ? product.descriptionEn : product.descriptionZh) || product.descriptionZh || product.descriptionEn}</p>
            </Card>
          )}
        </div>
      </div>

      <div className="mt-6 grid gap-6 lg:grid-cols-2">
        <Card>
          <h2 className="mb-3 text-sm font-medium text-slate-500">{t("sections.stock")}</h2>
          <StockByWarehouse product={product} />
        </Card>
        <Card>
          <h2 className="mb-3 text-sm font-medium text-slate-500">{t("sections.prices")}</h2>
          <PriceListPrices product={product} />
        </Card>
      </div>

      {isGroup && (
        <Card className="mt-6 space-y-5">
          <h2 className="text-sm font-medium text-slate-500">{t("sections.variants")}</h2>
          <VariantsTable product={product} currency={currency} />
          {canManage && (
            <VariantEditor
              productId={product.id}
              locked={product.variants.length > 0}
              attributes={product.attributes.map((a) => ({ id: a.id, name: localName(a, locale), values: a.values.map((v) => ({ id: v.id, label: valueText(v), used: used.has(v.id) })) }))}
              missing={missing.map((m) => ({ key: m.key, sku: m.sku, label: m.values.map(valueText).join(" / ") }))}
            />
          )}
        </Card>
      )}

      {product.configurable && (
        <Card className="mt-6">
          <h2 className="mb-3 text-sm font-medium text-slate-500">{t("sections.configure")}</h2>
          {product.optionGroups.length === 0 ? (
            <p className="text-sm text-slate-500">{t("options.none")}</p>
          ) : (
            <ConfigurePreview
              productId={product.id}
              basePrice={product.listPrice}
              currency={currency}
              groups={toRules(product.optionGroups).map((rule, i) => ({
                ...rule,
                nameZh: product.optionGroups[i].nameZh,
                nameEn: product.optionGroups[i].nameEn,
                choices: rule.choices.map((c, j) => ({ ...c, nameZh: product.optionGroups[i].choices[j].nameZh, nameEn: product.optionGroups[i].choices[j].nameEn })),
              }))}
            />
          )}
        </Card>
      )}
    </div>
  );
}
