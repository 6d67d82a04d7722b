import "server-only";
import type { Tx } from "@/lib/db/client";
import { enqueue } from "@/lib/jobs/enqueue";
import { parseScopes } from "../keys/key-format";
import { parseEvents, type WebhookEvent } from "./webhook-events";

export type WebhookPayload = { event: WebhookEvent; productId: string; sku: string; occurredAt: string };

/**
 * Queues `event` for every live webhook that subscribed to it, in the caller's transaction (so
 * the event exists exactly when the change commits). The body is built at delivery time from
 * the product as the API shows it to that key; a key without catalog.read gets no events.
 */
export async function enqueueWebhookEvent(tx: Tx, { event, productId, sku }: { event: WebhookEvent; productId: string; sku: string }): Promise<number> {
  const hooks = await tx.webhook.findMany({
    where: { active: true, disabledAt: null, apiKey: { active: true, revokedAt: null } },
    select: { id: true, events: true, apiKey: { select: { scopes: true } } },
  });
  const payload: WebhookPayload = { event, productId, sku, occurredAt: new Date().toISOString() };
  let queued = 0;
  for (const hook of hooks) {
    if (!parseEvents(hook.events).includes(event) || !parseScopes(hook.apiKey.scopes).includes("catalog.read")) continue;
    await enqueue(tx, { kind: "webhook", webhookId: hook.id, event, payload });
    queued++;
  }
  return queued;
}
