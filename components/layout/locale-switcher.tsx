"use client";

import { useTransition } from "react";
import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { setLocaleAction } from "@/lib/actions/preferences";
import { LOCALES } from "@/lib/i18n/locales";

export function LocaleSwitcher() {
  const t = useTranslations();
  const locale = useLocale();
  const router = useRouter();
  const [pending, start] = useTransition();
  return (
    <label className="flex items-center gap-2 text-sm">
      <span className="text-slate-500">{t("shell.language")}</span>
      <select
        data-testid="locale-switcher"
        className="rounded-md border border-slate-300 bg-white px-2 py-1 text-sm dark:border-slate-700 dark:bg-slate-900"
        value={locale}
        disabled={pending}
        onChange={(e) =>
          start(async () => {
            await setLocaleAction({ locale: e.target.value });
            router.refresh();
          })
        }
      >
        {LOCALES.map((l) => (
          <option key={l} value={l}>
            {t(`common.locales.${l}`)}
          </option>
        ))}
      </select>
    </label>
  );
}
