"use client";

import { useActionState, useState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { FormStatus } from "@/components/ui/form-status";
import { cancelCountAction, postCountAction, refreshCountAction } from "@/lib/actions/stock-counts";
import { displayQuantity } from "./format";

/** Post the differences in one step; if stock moved meanwhile, show those lines and offer a refresh. */
export function CountPostPanel({ id, differences }: { id: string; differences: number }) {
  const t = useTranslations("stock.counts");
  const locale = useLocale();
  const [state, action, pending] = useActionState(postCountAction, null);
  const [refreshState, refresh, refreshing] = useActionState(refreshCountAction, null);
  const stale = state?.ok && state.data?.status === "stale" ? state.data.lines : null;
  const q = (n: number) => displayQuantity(n, locale);
  // A successful refresh makes the stale answer it followed old news (but not a later one).
  const [refreshedFor, setRefreshedFor] = useState<typeof state>(null);
  const [seenRefresh, setSeenRefresh] = useState(refreshState);
  if (refreshState !== seenRefresh) {
    setSeenRefresh(refreshState);
    if (refreshState?.ok) setRefreshedFor(state);
  }
  const showStale = stale && refreshedFor !== state;

  return (
    <div className="space-y-3">
      <form
        action={action}
        onSubmit={(e) => {
          if (!window.confirm(t("post.confirm", { count: differences }))) e.preventDefault();
        }}
      >
        <input type="hidden" name="id" value={id} />
        <Button type="submit" disabled={pending} data-testid="post-count">
          {t("post.button")}
        </Button>
      </form>
      {state && !state.ok && <FormStatus state={state} />}
      {showStale && (
        <div className="rounded-lg border border-amber-300 bg-amber-50 p-4 text-sm dark:border-amber-800 dark:bg-amber-950" data-testid="count-stale">
          <p className="font-medium text-amber-900 dark:text-amber-200">{t("stale.title")}</p>
          <p className="mt-1 text-amber-800 dark:text-amber-300">{t("stale.body")}</p>
          <table className="mt-3 min-w-full text-left">
            <thead className="text-xs uppercase text-amber-800 dark:text-amber-300">
              <tr>
                <th scope="col" className="py-1 pr-3 font-medium">SKU</th>
                <th scope="col" className="py-1 pr-3 font-medium" />
                <th scope="col" className="py-1 pr-3 text-right font-medium">{t("stale.expected")}</th>
                <th scope="col" className="py-1 pr-3 text-right font-medium">{t("stale.current")}</th>
                <th scope="col" className="py-1 pr-3 text-right font-medium">{t("stale.counted")}</th>
              </tr>
            </thead>
            <tbody>
              {stale.map((l) => (
                <tr key={l.productId} data-testid="stale-line">
                  <td className="py-1 pr-3 font-mono">{l.sku}</td>
                  <td className="py-1 pr-3">{l.name}</td>
                  <td className="py-1 pr-3 text-right tabular-nums">{q(l.expected)}</td>
                  <td className="py-1 pr-3 text-right font-medium tabular-nums">{q(l.current)}</td>
                  <td className="py-1 pr-3 text-right tabular-nums">{q(l.counted)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <form action={refresh} className="mt-3">
            <input type="hidden" name="id" value={id} />
            <Button type="submit" variant="secondary" disabled={refreshing} data-testid="refresh-count">
              {t("stale.refresh")}
            </Button>
          </form>
        </div>
      )}
      {refreshState && <FormStatus state={refreshState} success={refreshState.ok ? t("stale.refreshed", { count: refreshState.data?.refreshed ?? 0 }) : undefined} />}
    </div>
  );
}

export function CountCancelButton({ id }: { id: string }) {
  const t = useTranslations("stock.counts.cancel");
  const [state, action, pending] = useActionState(cancelCountAction, null);
  return (
    <form
      action={action}
      className="space-y-2"
      onSubmit={(e) => {
        if (!window.confirm(t("confirm"))) e.preventDefault();
      }}
    >
      <input type="hidden" name="id" value={id} />
      <Button type="submit" variant="ghost" disabled={pending} data-testid="cancel-count">
        {t("button")}
      </Button>
      {state && !state.ok && <FormStatus state={state} />}
    </form>
  );
}
