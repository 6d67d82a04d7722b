"use client";

import { useLocale, useTranslations } from "next-intl";
import { deltaText, OptionChoice } from "@/components/catalog/option-choice";
import { cn } from "@/components/ui/cn";
import { priceConfiguration, validateConfiguration, type Configuration, type ConfigurationError } from "@/lib/domain/configuration";
import { optionRules } from "@/lib/public-catalog/site/enquiry-configuration";
import type { PublicPrice, PublicProduct, PublicVariant } from "@/lib/public-catalog/schema";
import { AVAILABILITY_TONE } from "./availability-tone";
import { showPrice } from "./site-format";

/** What the visitor picked: a value per variant attribute (by position), and option choices with their notes. */
export type Selection = { values: string[]; picked: Record<string, string> };

/** The part of the public model the configurator needs (all of it is public anyway). */
export type PublicProductView = Pick<PublicProduct, "kind" | "price" | "variesBy" | "variants" | "options">;

export function initialSelection(product: PublicProductView): Selection {
  const first = product.variants.find((v) => v.availability !== "out") ?? product.variants[0];
  return { values: first ? first.attributes.map((a) => a.value) : [], picked: {} };
}

/** Each attribute's values in the order the variants first use them (only combinations that exist). */
export function attributeValues(product: PublicProductView): string[][] {
  return product.variesBy.map((_, i) => [...new Set(product.variants.map((v) => v.attributes[i]?.value).filter((x): x is string => Boolean(x)))]);
}

export function selectedVariant(product: PublicProductView, selection: Selection): PublicVariant | null {
  if (product.kind !== "group") return null;
  return product.variants.find((v) => product.variesBy.every((_, i) => v.attributes[i]?.value === selection.values[i])) ?? null;
}

export function toConfiguration(selection: Selection): Configuration {
  return {
    choices: Object.entries(selection.picked).map(([key, note]) => {
      const [group, choice] = key.split(".");
      return note ? { group, choice, note } : { group, choice };
    }),
  };
}

/** The live price: the chosen variant's (or the product's) public price plus the option deltas. */
export function livePrice(product: PublicProductView, selection: Selection): { price: PublicPrice | null; errors: ConfigurationError[] } {
  const base = product.kind === "group" ? (selectedVariant(product, selection)?.price ?? null) : product.price;
  const rules = optionRules(product);
  const configuration = toConfiguration(selection);
  const errors = validateConfiguration(rules, configuration);
  if (!base || errors.length) return { price: null, errors };
  try {
    return { price: { ...base, amountMinor: priceConfiguration(base.amountMinor, rules, configuration) }, errors };
  } catch {
    return { price: null, errors };
  }
}

/** Variant picker and option choices; the parent keeps the selection (the enquiry form sends it). */
export function ProductConfigurator({ product, selection, onChange }: { product: PublicProductView; selection: Selection; onChange: (next: Selection) => void }) {
  const t = useTranslations("public");
  const locale = useLocale();
  const variant = selectedVariant(product, selection);
  const values = attributeValues(product);
  const { price, errors } = livePrice(product, selection);
  const currency = product.price ?? variant?.price ?? null;

  const toggle = (group: { code: string; multiple: boolean; choices: { code: string }[] }, code: string, on: boolean) => {
    const picked = { ...selection.picked };
    if (!group.multiple) for (const c of group.choices) delete picked[`${group.code}.${c.code}`];
    if (on) picked[`${group.code}.${code}`] = selection.picked[`${group.code}.${code}`] ?? "";
    else delete picked[`${group.code}.${code}`];
    onChange({ ...selection, picked });
  };
  const describe = (e: ConfigurationError) => {
    const g = product.options.find((x) => x.code === e.group);
    const c = "choice" in e ? g?.choices.find((x) => x.code === e.choice) : undefined;
    const other = e.code === "excluded" ? e.other.split(".") : [];
    const oc = product.options.find((x) => x.code === other[0])?.choices.find((x) => x.code === other[1]);
    return t(`configErrors.${e.code}`, { group: g?.name ?? e.group, choice: c?.name ?? ("choice" in e ? e.choice : ""), other: oc?.name ?? other.join(".") });
  };
  const hasChoices = product.variesBy.length > 0 || product.options.length > 0;
  if (!hasChoices) return null;

  return (
    <div className="space-y-5" data-testid="product-configurator">
      {product.variesBy.length > 0 && (
        <div className="space-y-3">
          <h2 className="text-sm font-semibold">{t("variants")}</h2>
          {product.variesBy.map((attribute, i) => (
            <fieldset key={attribute}>
              <legend className="mb-1.5 text-sm text-slate-600 dark:text-slate-400">{attribute}</legend>
              <div className="flex flex-wrap gap-2">
                {values[i].map((v) => {
                  const on = selection.values[i] === v;
                  return (
                    <button
                      key={v}
                      type="button"
                      aria-pressed={on}
                      onClick={() => onChange({ ...selection, values: selection.values.map((x, j) => (j === i ? v : x)) })}
                      className={cn("rounded-md border px-3 py-1.5 text-sm", on ? "border-brand-600 bg-brand-50 font-medium text-brand-700 dark:bg-slate-800 dark:text-white" : "border-slate-300 hover:border-slate-400 dark:border-slate-700")}
                      data-testid={`variant-value-${i}-${v}`}
                    >
                      {v}
                    </button>
                  );
                })}
              </div>
            </fieldset>
          ))}
          {variant ? (
            <p className="flex items-center gap-2 text-sm text-slate-500" data-testid="variant-sku">
              {t("sku")} {variant.sku}
              <span className={cn("rounded-full px-2 py-0.5 text-xs font-medium", AVAILABILITY_TONE[variant.availability])}>{t(`availability.${variant.availability}`)}</span>
            </p>
          ) : (
            <p className="text-sm text-amber-700" data-testid="variant-unavailable">
              {t("variantUnavailable")}
            </p>
          )}
        </div>
      )}

      {product.options.map((g) => (
        <fieldset key={g.code} className="space-y-1.5">
          <legend className="text-sm font-semibold">
            {g.name}
            <span className="ml-2 text-xs font-normal text-slate-500">
              {g.required ? `${t("optionRequired")} · ` : ""}
              {g.multiple ? t("optionSeveral") : t("optionOne")}
            </span>
          </legend>
          {g.choices.map((c) => {
            const key = `${g.code}.${c.code}`;
            return (
              <OptionChoice
                key={c.code}
                group={g}
                choice={c}
                label={c.name}
                priceText={c.priceDelta ? deltaText(c.priceDelta.amountMinor, (minor) => showPrice(c.priceDelta!, locale, minor)) : null}
                on={key in selection.picked}
                note={selection.picked[key] ?? ""}
                noteLabel={t("optionNote", { choice: c.name })}
                notePlaceholder={t("optionNotePlaceholder")}
                prefix="option"
                onToggle={(on) => toggle(g, c.code, on)}
                onNote={(note) => onChange({ ...selection, picked: { ...selection.picked, [key]: note } })}
              />
            );
          })}
        </fieldset>
      ))}

      <div className="flex items-baseline justify-between rounded-lg bg-slate-50 px-4 py-3 dark:bg-slate-800/60">
        <span className="text-sm text-slate-600 dark:text-slate-300">{t("configuredPrice")}</span>
        {price ? (
          <span className="text-xl font-semibold tabular-nums" data-testid="live-price">
            {showPrice(price, locale)}
          </span>
        ) : (
          <span className="text-sm text-slate-500" data-testid="live-price-none">
            {currency && errors.length ? t("configurationIncomplete") : t("priceOnRequest")}
          </span>
        )}
      </div>
      {errors.length > 0 && (
        <ul className="list-inside list-disc text-xs text-amber-700 dark:text-amber-300" data-testid="configuration-errors">
          {errors.map((e, i) => (
            <li key={i}>{describe(e)}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
