"use client";

import { useCallback, useEffect, useRef, useState, useTransition } from "react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useFormatter, useNow, useTranslations } from "next-intl";
import { Bell as BellIcon, CheckCheck } from "lucide-react";
import { cn } from "@/components/ui/cn";
import { markAllNotificationsReadAction, markNotificationReadAction } from "@/lib/actions/notifications";
import type { Bell } from "@/lib/notifications/find-notifications";

const POLL_MS = 30_000;

/** The bell in the top bar: unread count, the latest notifications, mark one or all read. */
export function NotificationBell({ initial }: { initial: Bell }) {
  const t = useTranslations("notifications");
  const format = useFormatter();
  // An explicit "now" (ticking each minute): without one next-intl logs ENVIRONMENT_FALLBACK on every render.
  const now = useNow({ updateInterval: 60_000 });
  const router = useRouter();
  const menu = useRef<HTMLDetailsElement>(null);
  const [bell, setBell] = useState(initial);
  const [pending, startTransition] = useTransition();

  // A server render (navigation, router.refresh) brings fresher data than the last poll.
  const [rendered, setRendered] = useState(initial);
  if (rendered !== initial) {
    setRendered(initial);
    setBell(initial);
  }

  const refresh = useCallback(async () => {
    const response = await fetch("/app/notifications/latest", { cache: "no-store" });
    if (response.ok) setBell((await response.json()) as Bell);
  }, []);

  useEffect(() => {
    const timer = setInterval(() => {
      if (document.visibilityState === "visible") void refresh();
    }, POLL_MS);
    return () => clearInterval(timer);
  }, [refresh]);

  const open = (id: string, link: string, read: boolean) =>
    startTransition(async () => {
      if (!read) await markNotificationReadAction({ id });
      menu.current?.removeAttribute("open");
      await refresh();
      if (link) router.push(link);
    });

  const markAll = () =>
    startTransition(async () => {
      await markAllNotificationsReadAction({});
      await refresh();
      router.refresh();
    });

  const count = bell.unread > 99 ? "99+" : String(bell.unread);

  return (
    <details ref={menu} className="relative" data-testid="notification-bell" onToggle={(e) => (e.currentTarget.open ? void refresh() : undefined)}>
      <summary
        className="relative flex cursor-pointer list-none items-center rounded-md p-2 hover:bg-slate-100 dark:hover:bg-slate-800"
        aria-label={`${t("bell")}: ${t("unreadCount", { count: bell.unread })}`}
      >
        <BellIcon className="h-5 w-5" aria-hidden />
        {bell.unread > 0 && (
          <span className="absolute right-0.5 top-0.5 min-w-4 rounded-full bg-red-600 px-1 text-center text-[10px] font-semibold leading-4 text-white" data-testid="notification-count">
            {count}
          </span>
        )}
      </summary>
      <div className="absolute right-0 z-50 mt-2 w-80 rounded-lg border border-slate-200 bg-white shadow-lg dark:border-slate-700 dark:bg-slate-900">
        <div className="flex items-center justify-between border-b border-slate-200 px-4 py-2 dark:border-slate-700">
          <p className="text-sm font-medium">{t("title")}</p>
          {bell.unread > 0 && (
            <button type="button" onClick={markAll} disabled={pending} className="inline-flex items-center gap-1 text-xs text-brand-600 hover:underline disabled:opacity-50 dark:text-blue-400" data-testid="notifications-mark-all">
              <CheckCheck className="h-3.5 w-3.5" aria-hidden />
              {t("markAllRead")}
            </button>
          )}
        </div>
        {bell.latest.length === 0 ? (
          <p className="px-4 py-6 text-center text-sm text-slate-500">{t("empty")}</p>
        ) : (
          <ul className="max-h-96 divide-y divide-slate-100 overflow-y-auto dark:divide-slate-800" data-testid="notification-list">
            {bell.latest.map((n) => (
              <li key={n.id}>
                <button
                  type="button"
                  onClick={() => open(n.id, n.link, n.read)}
                  disabled={pending}
                  className={cn("flex w-full gap-2 px-4 py-3 text-left text-sm hover:bg-slate-50 dark:hover:bg-slate-800", !n.read && "bg-brand-50/60 dark:bg-slate-800/60")}
                  data-testid="notification-item"
                  data-unread={n.read ? undefined : "true"}
                >
                  <span className={cn("mt-1.5 h-2 w-2 shrink-0 rounded-full", n.read ? "bg-transparent" : "bg-brand-600")} aria-hidden />
                  <span className="min-w-0 flex-1">
                    <span className={cn("block", !n.read && "font-medium")}>{n.text}</span>
                    <span className="block text-xs text-slate-500">{format.relativeTime(new Date(n.createdAt), now)}</span>
                    {!n.read && <span className="sr-only">{t("unread")}</span>}
                  </span>
                </button>
              </li>
            ))}
          </ul>
        )}
        <Link
          href="/app/notifications"
          onClick={() => menu.current?.removeAttribute("open")}
          className="block border-t border-slate-200 px-4 py-2 text-center text-sm text-brand-600 hover:bg-slate-50 dark:border-slate-700 dark:text-blue-400 dark:hover:bg-slate-800"
        >
          {t("viewAll")}
        </Link>
      </div>
    </details>
  );
}
