// The events partners can subscribe to.
export const WEBHOOK_EVENTS = ["product.created", "product.updated", "product.unpublished", "stock.availability_changed"] as const;
export type WebhookEvent = (typeof WEBHOOK_EVENTS)[number];

export function parseEvents(text: string): WebhookEvent[] {
  return text
    .split(",")
    .map((s) => s.trim())
    .filter((s): s is WebhookEvent => (WEBHOOK_EVENTS as readonly string[]).includes(s));
}
