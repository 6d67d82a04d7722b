"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { setCurrencyEnabledAction } from "@/lib/actions/currencies";

/** Enable or disable one currency; the server refuses the base currency and ones in use. */
export function CurrencyToggle({ code, enabled, isBase }: { code: string; enabled: boolean; isBase: boolean }) {
  const t = useTranslations("pricing");
  const [state, action, pending] = useActionState(setCurrencyEnabledAction, null);
  return (
    <form action={action} className="flex flex-col items-start gap-1">
      <input type="hidden" name="code" value={code} />
      {!enabled && <input type="hidden" name="enabled" value="on" />}
      <Button type="submit" variant={enabled ? "secondary" : "primary"} className="py-1 text-xs" disabled={pending || isBase} data-testid={`currency-toggle-${code}`} title={isBase ? t("currencies.baseLocked") : undefined}>
        {enabled ? t("currencies.disable") : t("currencies.enable")}
      </Button>
      {state && !state.ok && (
        <p role="status" data-testid="form-error" className="max-w-xs whitespace-normal text-xs text-red-600 dark:text-red-400">
          {state.error}
        </p>
      )}
    </form>
  );
}
