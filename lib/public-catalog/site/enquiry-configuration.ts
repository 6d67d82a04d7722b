// What a visitor chose on a product page, checked against the product and written as the lead's
// configuration: label/value pairs a rep reads (JSON text, see lib/domain/leads.ts), in the
// visitor's language, with the SKU and the price the page showed. Pure: unit tested.
import { displayMoney } from "@/lib/domain/money";
import { priceConfiguration, validateConfiguration, type Configuration, type ConfigurationError, type OptionGroupRule } from "@/lib/domain/configuration";
import type { PublicPrice, PublicProduct, PublicVariant } from "../schema";

export type EnquirySelection = { variantSku: string; configuration: Configuration };

export type EnquiryLabels = { product: string; sku: string; price: string; onRequest: string; vat: (taxInclusive: boolean) => string };

/** The option groups as the pure configuration rules take them (deltas in the price's terms). */
export function optionRules(product: Pick<PublicProduct, "options">): OptionGroupRule[] {
  return product.options.map((g) => ({ ...g, choices: g.choices.map((c) => ({ ...c, priceDelta: c.priceDelta?.amountMinor ?? 0 })) }));
}

export type CheckedSelection =
  | { ok: true; variant: PublicVariant | null; price: PublicPrice | null; entries: { label: string; value: string }[] }
  | { ok: false; errors: ConfigurationError[] | "unknownVariant" };

/** Checks the selection against the product and describes it; never trusts the browser's price. */
export function describeSelection(product: PublicProduct, selection: EnquirySelection, labels: EnquiryLabels): CheckedSelection {
  const variant = selection.variantSku ? (product.variants.find((v) => v.sku === selection.variantSku) ?? null) : null;
  if (selection.variantSku && !variant) return { ok: false, errors: "unknownVariant" };
  const rules = optionRules(product);
  const errors = validateConfiguration(rules, selection.configuration);
  if (errors.length) return { ok: false, errors };

  const base = product.kind === "group" ? (variant?.price ?? null) : product.price;
  const price = base && { ...base, amountMinor: priceConfiguration(base.amountMinor, rules, selection.configuration) };
  const entries = [{ label: labels.product, value: product.name }];
  const sku = variant?.sku ?? product.sku;
  entries.push({ label: labels.sku, value: sku });
  for (const a of variant?.attributes ?? []) entries.push({ label: a.name, value: a.value });
  for (const group of product.options) {
    const chosen = selection.configuration.choices.filter((c) => c.group === group.code);
    if (!chosen.length) continue;
    const value = chosen
      .map((c) => {
        const choice = group.choices.find((x) => x.code === c.choice);
        return c.note ? `${choice?.name ?? c.choice}: ${c.note}` : (choice?.name ?? c.choice);
      })
      .join("; ");
    entries.push({ label: group.name, value });
  }
  const shown = price ? `${displayMoney(price.amountMinor, price.currency, product.locale)} ${labels.vat(price.taxInclusive)}` : labels.onRequest;
  entries.push({ label: labels.price, value: shown });
  return { ok: true, variant, price, entries };
}
