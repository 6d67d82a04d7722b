"use client";

import { useTranslations } from "next-intl";
import { CheckCheck } from "lucide-react";
import { ActionButton } from "@/components/ui/action-button";
import { buttonClass } from "@/components/ui/button";
import { markAllNotificationsReadAction, markNotificationReadAction } from "@/lib/actions/notifications";

export function MarkAllReadButton() {
  const t = useTranslations("notifications");
  return (
    <ActionButton run={() => markAllNotificationsReadAction({})} className={buttonClass("secondary")} testId="notifications-page-mark-all">
      <CheckCheck className="h-4 w-4" aria-hidden />
      {t("markAllRead")}
    </ActionButton>
  );
}

export function MarkReadButton({ id }: { id: string }) {
  const t = useTranslations("notifications");
  return (
    <ActionButton run={() => markNotificationReadAction({ id })} className="text-xs text-brand-600 hover:underline disabled:opacity-50 dark:text-blue-400" testId="notification-mark-read">
      {t("markRead")}
    </ActionButton>
  );
}
