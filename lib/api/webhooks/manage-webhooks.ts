import "server-only";
import { randomBytes } from "node:crypto";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { changedFields, writeAudit } from "@/lib/audit/write-audit";
import type { Tx } from "@/lib/db/client";
import { transact } from "@/lib/db/transact";
import { NotFoundError } from "@/lib/errors";
import type { WebhookInput, WebhookUpdateInput } from "@/lib/validation/api";

// Registering, editing, switching and removing a key's webhooks (admins, api.manage). The
// secret is never written to the audit log.

const AUDIT_SELECT = { id: true, apiKeyId: true, url: true, events: true, active: true, disabledAt: true } as const;

async function load(tx: Tx, id: string) {
  const row = await tx.webhook.findUnique({ where: { id }, select: AUDIT_SELECT });
  if (!row) throw new NotFoundError();
  return row;
}

/** Adds a webhook; returns its secret (given or generated) for the admin to copy once. */
export async function createWebhook({ actor, input }: { actor: Actor; input: WebhookInput }): Promise<{ id: string; secret: string }> {
  assertCan(actor, "api.manage");
  return transact(async (tx) => {
    const key = await tx.apiKey.findUnique({ where: { id: input.apiKeyId }, select: { id: true } });
    if (!key) throw new NotFoundError();
    const secret = input.secret || `whsec_${randomBytes(24).toString("base64url")}`;
    const row = await tx.webhook.create({ data: { apiKeyId: key.id, url: input.url, secret, events: input.events.join(",") }, select: AUDIT_SELECT });
    await writeAudit(tx, { actor, action: "create", entityType: "Webhook", entityId: row.id, after: row });
    return { id: row.id, secret };
  });
}

export async function updateWebhook({ actor, input }: { actor: Actor; input: WebhookUpdateInput }): Promise<void> {
  assertCan(actor, "api.manage");
  await transact(async (tx) => {
    const before = await load(tx, input.id);
    const diff = changedFields(before, { url: input.url, events: input.events.join(",") });
    if (Object.keys(diff.after).length === 0) return;
    await tx.webhook.update({ where: { id: input.id }, data: diff.after });
    await writeAudit(tx, { actor, action: "update", entityType: "Webhook", entityId: input.id, ...diff });
  });
}

/** Enabling also clears an automatic disable and the failure streak, so deliveries start afresh. */
export async function setWebhookActive({ actor, id, active }: { actor: Actor; id: string; active: boolean }): Promise<void> {
  assertCan(actor, "api.manage");
  await transact(async (tx) => {
    const before = await load(tx, id);
    const after = active ? { active: true, disabledAt: null, failingSince: null } : { active: false };
    await tx.webhook.update({ where: { id }, data: after });
    await writeAudit(tx, { actor, action: active ? "enable" : "disable", entityType: "Webhook", entityId: id, before: { active: before.active, disabledAt: before.disabledAt }, after: { active, disabledAt: null } });
  });
}

/** Removes a webhook and its delivery log (the outbox rows cascade). */
export async function deleteWebhook({ actor, id }: { actor: Actor; id: string }): Promise<{ apiKeyId: string }> {
  assertCan(actor, "api.manage");
  return transact(async (tx) => {
    const before = await load(tx, id);
    await tx.webhook.delete({ where: { id } });
    await writeAudit(tx, { actor, action: "delete", entityType: "Webhook", entityId: id, before });
    return { apiKeyId: before.apiKeyId };
  });
}

/** Sends a logged delivery again as a new outbox row (the old row stays in the log). */
export async function redeliverWebhook({ actor, deliveryId }: { actor: Actor; deliveryId: string }): Promise<{ apiKeyId: string }> {
  assertCan(actor, "api.manage");
  return transact(async (tx) => {
    const old = await tx.outboxMessage.findUnique({ where: { id: deliveryId }, select: { kind: true, payload: true, event: true, webhookId: true, webhook: { select: { apiKeyId: true } } } });
    if (!old || old.kind !== "webhook" || !old.webhookId || !old.webhook) throw new NotFoundError();
    const row = await tx.outboxMessage.create({ data: { kind: "webhook", payload: old.payload, event: old.event, webhookId: old.webhookId }, select: { id: true } });
    await writeAudit(tx, { actor, action: "redeliver", entityType: "Webhook", entityId: old.webhookId, after: { deliveryId: row.id, copyOf: deliveryId } });
    return { apiKeyId: old.webhook.apiKeyId };
  });
}
