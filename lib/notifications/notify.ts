import "server-only";
import type { Tx } from "@/lib/db/client";
import { enqueueEmail } from "@/lib/email/enqueue-email";
import { encodeValues, notificationsString, notificationText, type NotificationValues } from "./notification-text";

export type NotifyInput = {
  userId: string;
  /** A short machine name for filtering: activity_due, lead_assigned, webhook_disabled, … */
  kind: string;
  /** Key under `notifications.messages` in lib/i18n/messages/<lang>/notifications.json. */
  messageKey: string;
  /** ICU values; Dates are formatted in the reader's locale and time zone. */
  values?: NotificationValues;
  /** App path the notification opens, e.g. /app/crm/accounts/<id>. */
  link?: string;
  /** Also email the user (in their language) through the outbox; a dedupeKey makes the email once-only. */
  email?: boolean | { dedupeKey?: string };
};

/**
 * Tells a user about something, inside the caller's transaction: an in-app notification (the
 * bell) and optionally an email queued in the outbox. Inactive or unknown users get nothing.
 */
export async function notify(tx: Tx, input: NotifyInput): Promise<{ id: string } | null> {
  const user = await tx.user.findUnique({ where: { id: input.userId }, select: { id: true, email: true, locale: true, active: true } });
  if (!user || !user.active) return null;
  const values = encodeValues(input.values);
  const link = safeLink(input.link);
  const row = await tx.notification.create({
    data: { userId: user.id, kind: input.kind, messageKey: input.messageKey, values, link },
    select: { id: true },
  });
  if (input.email) {
    const subject = notificationText(user.locale, input.messageKey, values);
    const base = (process.env.NEXTAUTH_URL ?? "http://localhost:3000").replace(/\/+$/, "");
    const lines = [subject, ""];
    if (link) lines.push(`${base}${link}`, "");
    lines.push("—", notificationsString(user.locale, "email.footer", { url: `${base}/app/notifications` }));
    await enqueueEmail(tx, {
      to: user.email,
      subject,
      text: lines.join("\n"),
      ...(typeof input.email === "object" && input.email.dedupeKey ? { dedupeKey: input.email.dedupeKey } : {}),
    });
  }
  return row;
}

/** Only in-app paths: a notification link must never send the reader to another site. */
function safeLink(link: string | undefined): string {
  if (!link) return "";
  return link.startsWith("/") && !link.startsWith("//") && !link.includes("\\") ? link : "";
}
