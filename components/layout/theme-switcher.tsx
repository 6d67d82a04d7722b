"use client";

import { useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import { setThemeAction } from "@/lib/actions/preferences";
import { THEMES, isTheme, type Theme } from "@/lib/ui/theme";

function apply(theme: Theme) {
  const dark = theme === "dark" || (theme === "system" && matchMedia("(prefers-color-scheme: dark)").matches);
  document.documentElement.classList.toggle("dark", dark);
  document.documentElement.dataset.theme = theme;
}

export function ThemeSwitcher() {
  const t = useTranslations("shell");
  const [theme, setTheme] = useState<Theme>(() => {
    if (typeof document === "undefined") return "system";
    const v = document.documentElement.dataset.theme;
    return isTheme(v) ? v : "system";
  });
  const [, start] = useTransition();
  return (
    <label className="flex items-center justify-between gap-2 text-sm">
      <span className="text-slate-500">{t("theme")}</span>
      <select
        data-testid="theme-switcher"
        className="rounded-md border border-slate-300 bg-white px-2 py-1 text-sm dark:border-slate-700 dark:bg-slate-900"
        value={theme}
        onChange={(e) => {
          const next = e.target.value as Theme;
          setTheme(next);
          apply(next); // at once, without waiting for the server
          start(() => setThemeAction({ theme: next }).then(() => undefined));
        }}
      >
        {THEMES.map((th) => (
          <option key={th} value={th}>
            {t(`themes.${th}`)}
          </option>
        ))}
      </select>
    </label>
  );
}
