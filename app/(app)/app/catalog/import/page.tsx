import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ImportWizard } from "@/components/imports/import-wizard";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { PageHeader } from "@/components/ui/card";
import { can } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";
import { PRODUCT_IMPORT_FIELDS, type ProductColumn } from "@/lib/catalog/import/product-fields";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("imports");
  return { title: t("productsTitle") };
}

export default async function ProductImportPage() {
  const actor = await requirePermission("catalog.manage");
  const t = await getTranslations("imports");
  const ts = await getTranslations("shell");
  // The cost column is offered only to people who may see cost (the server ignores it otherwise).
  const fields = PRODUCT_IMPORT_FIELDS.filter((f) => f.key !== "standard_cost" || can(actor, "cost.read")).map((f) => ({
    key: f.key,
    label: t(`productFields.${f.key as ProductColumn}`),
    required: f.required === true,
    aliases: [...f.aliases],
  }));

  return (
    <div>
      <Breadcrumbs items={[{ label: ts("nav.products"), href: "/app/catalog/products" }, { label: t("productsTitle") }]} />
      <PageHeader title={t("productsTitle")} description={t("productsDescription")} />
      <ImportWizard type="products" fields={fields} userId={actor.id} templateHref="/app/catalog/export" doneHref="/app/catalog/products" doneLabel={t("toProducts")} />
    </div>
  );
}
