"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import { generateCalendarFeedAction, removeCalendarFeedAction, type CalendarFeedState } from "@/lib/actions/calendar-feed";

/**
 * The profile's "Calendar feed": create, regenerate (the old address stops working) or remove the
 * private ICS address. The address exists in full only in the answer to "create".
 */
export function CalendarFeedCard({ active }: { active: boolean }) {
  const t = useTranslations("activities");
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [url, setUrl] = useState<string | null>(null);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  const run = (work: () => Promise<CalendarFeedState>, success: string) =>
    startTransition(async () => {
      const result = await work();
      if (result?.ok) {
        setUrl(result.data?.url ?? null);
        setMessage({ ok: true, text: success });
      } else setMessage({ ok: false, text: result?.error ?? "" });
      router.refresh();
    });

  return (
    <div className="space-y-3" data-testid="calendar-feed">
      <p className="text-sm text-slate-600 dark:text-slate-400">{t("feed.description")}</p>
      {url ? (
        <div>
          <label htmlFor="calendar-feed-url" className="mb-1 block text-sm font-medium">
            {t("feed.url")}
          </label>
          <input id="calendar-feed-url" readOnly value={url} className={inputClass} data-testid="calendar-feed-url" onFocus={(e) => e.currentTarget.select()} />
        </div>
      ) : (
        <p className="text-sm" data-testid="calendar-feed-state">
          {active ? t("feed.active") : t("feed.none")}
        </p>
      )}
      <div className="flex flex-wrap gap-2">
        <Button type="button" disabled={pending} data-testid="calendar-feed-generate" onClick={() => run(generateCalendarFeedAction, t("feed.created"))}>
          {active || url ? t("feed.regenerate") : t("feed.generate")}
        </Button>
        {(active || url) && (
          <Button type="button" variant="secondary" disabled={pending} data-testid="calendar-feed-remove" onClick={() => run(removeCalendarFeedAction, t("feed.removed"))}>
            {t("feed.remove")}
          </Button>
        )}
      </div>
      {message && (
        <p role="status" className={message.ok ? "text-sm text-green-700 dark:text-green-300" : "text-sm text-red-600 dark:text-red-400"}>
          {message.text}
        </p>
      )}
    </div>
  );
}
