"use client";

import { useTransition } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { CheckCheck } from "lucide-react";
import { Button } from "@/components/ui/button";
import { markAllNotificationsReadAction, markNotificationReadAction } from "@/lib/actions/notifications";

export function MarkAllReadButton() {
  const t = useTranslations("notifications");
  const router = useRouter();
  const [pending, start] = useTransition();
  return (
    <Button
      type="button"
      variant="secondary"
      disabled={pending}
      data-testid="notifications-page-mark-all"
      onClick={() =>
        start(async () => {
          await markAllNotificationsReadAction({});
          router.refresh();
        })
      }
    >
      <CheckCheck className="h-4 w-4" aria-hidden />
      {t("markAllRead")}
    </Button>
  );
}

export function MarkReadButton({ id }: { id: string }) {
  const t = useTranslations("notifications");
  const router = useRouter();
  const [pending, start] = useTransition();
  return (
    <button
      type="button"
      disabled={pending}
      className="text-xs text-brand-600 hover:underline disabled:opacity-50 dark:text-blue-400"
      data-testid="notification-mark-read"
      onClick={() =>
        start(async () => {
          await markNotificationReadAction({ id });
          router.refresh();
        })
      }
    >
      {t("markRead")}
    </button>
  );
}
