"use server";

import { revalidatePath } from "next/cache";
import { door } from "@/lib/auth/door";
import { markAllNotificationsRead } from "@/lib/notifications/mark-all-notifications-read";
import { markNotificationRead } from "@/lib/notifications/mark-notification-read";
import { NoInput, NotificationIdInput } from "@/lib/validation/notifications";

// Every signed-in user reads their own notifications: no permission beyond a session.

export async function markNotificationReadAction(input: unknown) {
  const result = await door(NotificationIdInput, input, null, (actor, data) => markNotificationRead({ actor, input: data }));
  revalidatePath("/app/notifications");
  return result;
}

export async function markAllNotificationsReadAction(input: unknown = {}) {
  const result = await door(NoInput, input, null, (actor) => markAllNotificationsRead({ actor }));
  revalidatePath("/app/notifications");
  return result;
}
