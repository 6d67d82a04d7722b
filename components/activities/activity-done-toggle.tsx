"use client";

import { useOptimistic, useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { setActivityDoneAction } from "@/lib/actions/activities";

/** The done checkbox of an activity row: flips it on the server, then refreshes the page's data. */
export function ActivityDoneToggle({ id, done, disabled }: { id: string; done: boolean; disabled?: boolean }) {
  const t = useTranslations("activities");
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  // Ticks at once; the server's answer (and the refreshed page) settles it.
  const [shown, setShown] = useOptimistic(done);
  return (
    <span className="inline-flex items-center">
      <input
        type="checkbox"
        className="h-4 w-4 cursor-pointer accent-brand-600"
        checked={shown}
        disabled={disabled || pending}
        aria-label={shown ? t("reopen") : t("markDone")}
        data-testid={`activity-done-${id}`}
        onChange={(e) => {
          const next = e.target.checked;
          startTransition(async () => {
            setShown(next);
            const result = await setActivityDoneAction({ id, done: next });
            setError(result && !result.ok ? result.error : null);
            router.refresh();
          });
        }}
      />
      {error && <span className="ml-2 text-xs text-red-600">{error}</span>}
    </span>
  );
}
