"use client";

import { useMemo, useState, useTransition } from "react";
import { useLocale, useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { deltaText, OptionChoice } from "./option-choice";
import type { ActionState } from "@/lib/auth/door";
import { checkConfigurationAction } from "@/lib/actions/products";
import type { ConfigurationCheck } from "@/lib/catalog/options/check-configuration";
import { priceConfiguration, validateConfiguration, type Configuration, type ConfigurationError, type OptionChoiceRule, type OptionGroupRule } from "@/lib/domain/configuration";
import { displayMoney } from "@/lib/domain/money";

type Names = { nameZh: string; nameEn: string };
export type PreviewGroup = Omit<OptionGroupRule, "choices"> & Names & { choices: (OptionChoiceRule & Names)[] };

type Picked = Record<string, { note: string }>; // "group.choice" → note

/**
 * Try a configuration: the price follows every click (computed here with the same pure code the
 * server uses), and "Check" asks the server, which validates against the stored rules.
 */
export function ConfigurePreview({ productId, basePrice, currency, groups }: { productId: string; basePrice: number; currency: string; groups: PreviewGroup[] }) {
  const t = useTranslations("products");
  const locale = useLocale();
  const [picked, setPicked] = useState<Picked>({});
  const [server, setServer] = useState<ActionState<ConfigurationCheck>>(null);
  const [checking, startCheck] = useTransition();
  const name = (x: { nameZh: string; nameEn: string }) => (locale === "en" ? x.nameEn : x.nameZh);
  const money = (minor: number) => displayMoney(minor, currency, locale);

  const selection: Configuration = useMemo(
    () => ({
      choices: Object.entries(picked).map(([key, { note }]) => {
        const [group, choice] = key.split(".");
        return note ? { group, choice, note } : { group, choice };
      }),
    }),
    [picked],
  );
  const errors = validateConfiguration(groups, selection);
  const price = priceOrNull(basePrice, groups, selection);

  const toggle = (group: PreviewGroup, code: string, on: boolean) => {
    setServer(null);
    setPicked((p) => {
      const next = { ...p };
      if (!group.multiple) for (const c of group.choices) delete next[`${group.code}.${c.code}`];
      if (on) next[`${group.code}.${code}`] = { note: p[`${group.code}.${code}`]?.note ?? "" };
      else delete next[`${group.code}.${code}`];
      return next;
    });
  };
  const describe = (e: ConfigurationError): string => {
    const g = groups.find((x) => x.code === e.group);
    const groupName = g ? name(g) : e.group;
    const c = "choice" in e ? g?.choices.find((x) => x.code === e.choice) : undefined;
    const choiceName = c ? name(c) : "choice" in e ? e.choice : "";
    const other = e.code === "excluded" ? e.other : "";
    return t(`configure.errors.${e.code}`, { group: groupName, choice: choiceName, other });
  };

  return (
    <div className="space-y-4" data-testid="configure-preview">
      {groups.map((g) => (
        <fieldset key={g.code} className="space-y-1.5">
          <legend className="text-sm font-medium">
            {name(g)}
            {g.required && <span className="ml-1 text-red-600">*</span>}
            <span className="ml-2 text-xs font-normal text-slate-500">{g.multiple ? t("configure.several") : t("configure.one")}</span>
          </legend>
          {g.choices.map((c) => {
            const key = `${g.code}.${c.code}`;
            return (
              <OptionChoice
                key={c.code}
                group={g}
                choice={c}
                label={name(c)}
                priceText={deltaText(c.priceDelta, money)}
                on={key in picked}
                note={picked[key]?.note ?? ""}
                noteLabel={t("configure.note", { choice: name(c) })}
                notePlaceholder={t("configure.notePlaceholder")}
                prefix="configure"
                onToggle={(on) => toggle(g, c.code, on)}
                onNote={(note) => {
                  setServer(null);
                  setPicked((p) => ({ ...p, [key]: { note } }));
                }}
              />
            );
          })}
        </fieldset>
      ))}
      <div className="flex items-baseline justify-between border-t border-slate-200 pt-3 dark:border-slate-800">
        <span className="text-sm text-slate-500">{t("configure.price")}</span>
        <span className="text-lg font-semibold tabular-nums" data-testid="configure-price">
          {price === null ? "—" : money(price)}
        </span>
      </div>
      {errors.length > 0 && (
        <ul className="list-inside list-disc text-xs text-amber-700 dark:text-amber-300" data-testid="configure-errors">
          {errors.map((e, i) => (
            <li key={i}>{describe(e)}</li>
          ))}
        </ul>
      )}
      <Button type="button" variant="secondary" disabled={checking} onClick={() => startCheck(async () => setServer(await checkConfigurationAction({ productId, configuration: selection })))} data-testid="configure-check">
        {t("configure.check")}
      </Button>
      {server && (
        <div role="status" data-testid="configure-result" className="rounded-md bg-slate-50 px-3 py-2 text-sm dark:bg-slate-800/50">
          {!server.ok ? (
            <p className="text-red-700 dark:text-red-300">{server.error}</p>
          ) : server.data?.ok ? (
            <p className="text-green-700 dark:text-green-300">{t("configure.valid", { price: money(server.data.unitPrice) })}</p>
          ) : (
            <ul className="list-inside list-disc text-red-700 dark:text-red-300">
              {server.data?.errors.map((e, i) => (
                <li key={i}>{describe(e)}</li>
              ))}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}

function priceOrNull(basePrice: number, groups: OptionGroupRule[], selection: Configuration): number | null {
  try {
    return priceConfiguration(basePrice, groups, selection);
  } catch {
    return null;
  }
}
