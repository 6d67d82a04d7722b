import "server-only";
import { db } from "@/lib/db/client";
import { transact } from "@/lib/db/transact";
import { JobError, type JobContext, type JobResult } from "@/lib/jobs/job-handler";
import { notify } from "@/lib/notifications/notify";
import { baseCurrency, loadPublicProducts } from "@/lib/public-catalog/load-public-products";
import { toPublicProduct } from "@/lib/public-catalog/to-public-product";
import { publicBaseUrl } from "@/lib/public-catalog/urls";
import type { WebhookPayload } from "./enqueue-webhook-event";
import { SIGNATURE_HEADER, signatureHeader } from "./signature";

export const WEBHOOK_TIMEOUT_MS = 10_000;
/** An endpoint failing for this long is disabled and the admins told. */
export const DISABLE_AFTER_MS = 24 * 60 * 60 * 1000;

function parsePayload(payload: unknown): WebhookPayload {
  const p = payload as Partial<WebhookPayload> | null;
  if (!p || typeof p.event !== "string" || typeof p.productId !== "string" || typeof p.sku !== "string" || typeof p.occurredAt !== "string") {
    throw new JobError("bad webhook payload", { permanent: true });
  }
  return p as WebhookPayload;
}

/**
 * The outbox handler for kind "webhook": POSTs the event with the product as the API shows it to
 * the webhook's key (or a tombstone when it is no longer public), signed with the webhook's
 * secret, within 10 s. Any non-2xx answer or network error is a failure the outbox retries with
 * its backoff; the first failure starts the webhook's failure streak, a success ends it, and a
 * failure a day into the streak disables the webhook and notifies every admin.
 */
export async function deliverWebhook(payload: unknown, job: JobContext, now: () => Date = () => new Date()): Promise<JobResult> {
  const event = parsePayload(payload);
  if (!job.webhookId) throw new JobError("webhook job without a webhook", { permanent: true });
  const hook = await db.webhook.findUnique({
    where: { id: job.webhookId },
    select: { id: true, url: true, secret: true, active: true, disabledAt: true, failingSince: true, apiKey: { select: { id: true, name: true, priceListId: true, active: true, revokedAt: true } } },
  });
  if (!hook || !hook.active || hook.disabledAt || !hook.apiKey.active || hook.apiKey.revokedAt) throw new JobError("webhook disabled or key revoked", { permanent: true });

  const [product] = await loadPublicProducts([event.productId], { kind: "partner", priceListId: hook.apiKey.priceListId });
  const data = product
    ? toPublicProduct(product, { locale: "zh-CN", baseUrl: publicBaseUrl(), baseCurrency: await baseCurrency() })
    : { sku: event.sku, deleted: true as const, updatedAt: event.occurredAt };
  const body = JSON.stringify({ id: job.id, event: event.event, occurredAt: event.occurredAt, data });
  const timestamp = Math.floor(now().getTime() / 1000);

  let status: number | null = null;
  let failure: string | null = null;
  try {
    const response = await fetch(hook.url, {
      method: "POST",
      headers: {
        "Content-Type": "application/json",
        "User-Agent": "Carrack-Webhooks/1",
        [SIGNATURE_HEADER]: signatureHeader(hook.secret, body, timestamp),
        "X-Carrack-Event": event.event,
        "X-Carrack-Delivery": job.id,
      },
      body,
      redirect: "manual",
      signal: AbortSignal.timeout(WEBHOOK_TIMEOUT_MS),
    });
    status = response.status;
    await response.body?.cancel().catch(() => undefined);
    if (status < 200 || status >= 300) failure = `HTTP ${status}`;
  } catch (error) {
    failure = error instanceof Error && error.name === "TimeoutError" ? `no answer within ${WEBHOOK_TIMEOUT_MS / 1000} s` : `network error: ${error instanceof Error ? error.message : String(error)}`;
  }

  if (!failure) {
    if (hook.failingSince) await db.webhook.updateMany({ where: { id: hook.id }, data: { failingSince: null } });
    return { responseCode: status ?? undefined };
  }
  await recordFailure(hook, now());
  const disabled = hook.failingSince !== null && now().getTime() - hook.failingSince.getTime() >= DISABLE_AFTER_MS;
  throw new JobError(disabled ? `${failure}; webhook disabled after failing for a day` : failure, { responseCode: status ?? undefined, permanent: disabled });
}

async function recordFailure(hook: { id: string; url: string; failingSince: Date | null; apiKey: { id: string; name: string } }, at: Date): Promise<void> {
  if (hook.failingSince === null) {
    await db.webhook.updateMany({ where: { id: hook.id, failingSince: null }, data: { failingSince: at } });
    return;
  }
  if (at.getTime() - hook.failingSince.getTime() < DISABLE_AFTER_MS) return;
  await transact(async (tx) => {
    // Conditional: of several failing deliveries at once, one disables and notifies.
    const done = await tx.webhook.updateMany({ where: { id: hook.id, disabledAt: null }, data: { disabledAt: at, active: false } });
    if (done.count === 0) return;
    const admins = await tx.user.findMany({ where: { role: "admin", active: true }, select: { id: true } });
    for (const admin of admins) {
      await notify(tx, { userId: admin.id, kind: "webhook_disabled", messageKey: "webhookDisabled", values: { url: hook.url, key: hook.apiKey.name }, link: `/app/settings/api-keys/${hook.apiKey.id}`, email: true });
    }
  });
}
