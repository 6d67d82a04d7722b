"use client";

import { useState } from "react";
import type { Locale } from "@/lib/i18n/locales";
import { EnquiryForm } from "./enquiry-form";
import { initialSelection, ProductConfigurator, selectedVariant, toConfiguration, type PublicProductView, type Selection } from "./product-configurator";

/** What the enquiry shows it will send: the version and the chosen options in words. */
function summarize(product: PublicProductView, selection: Selection): string[] {
  const variant = selectedVariant(product, selection);
  const lines = variant ? [variant.sku, ...variant.attributes.map((a) => `${a.name}: ${a.value}`)] : [];
  for (const g of product.options) {
    const chosen = g.choices.filter((c) => `${g.code}.${c.code}` in selection.picked).map((c) => {
      const note = selection.picked[`${g.code}.${c.code}`];
      return note ? `${c.name} (${note})` : c.name;
    });
    if (chosen.length) lines.push(`${g.name}: ${chosen.join(", ")}`);
  }
  return lines;
}

/** The product page's interactive part: the configuration the visitor builds, and the enquiry that sends it. */
export function ProductBuy({ product, slug, locale }: { product: PublicProductView; slug: string; locale: Locale }) {
  const [selection, setSelection] = useState(() => initialSelection(product));
  const variant = selectedVariant(product, selection);
  return (
    <div className="space-y-6">
      <ProductConfigurator product={product} selection={selection} onChange={setSelection} />
      <EnquiryForm slug={slug} locale={locale} variantSku={variant?.sku ?? ""} configuration={toConfiguration(selection)} summary={summarize(product, selection)} />
    </div>
  );
}
