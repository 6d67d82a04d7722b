import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors";
import { parseEvents } from "../webhooks/webhook-events";
import { parseScopes } from "./key-format";

const KEY_SELECT = {
  id: true,
  name: true,
  partner: true,
  prefix: true,
  scopes: true,
  priceListId: true,
  priceList: { select: { name: true } },
  rateLimitPerMinute: true,
  active: true,
  revokedAt: true,
  lastUsedAt: true,
  createdAt: true,
  _count: { select: { webhooks: true } },
} as const;

/** Every API key, newest first (there are few: one or two per partner). */
export async function findApiKeys({ actor }: { actor: Actor }) {
  assertCan(actor, "api.manage");
  const rows = await db.apiKey.findMany({ select: KEY_SELECT, orderBy: [{ createdAt: "desc" }, { id: "asc" }], take: 500 });
  return rows.map((r) => ({ ...r, scopes: parseScopes(r.scopes), webhookCount: r._count.webhooks }));
}

export const DELIVERY_LOG_SIZE = 20;

/** One key with its webhooks and each webhook's latest deliveries. */
export async function findApiKey({ actor, id }: { actor: Actor; id: string }) {
  assertCan(actor, "api.manage");
  const row = await db.apiKey.findUnique({
    where: { id },
    select: {
      ...KEY_SELECT,
      webhooks: {
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        select: {
          id: true,
          url: true,
          secret: true,
          events: true,
          active: true,
          failingSince: true,
          disabledAt: true,
          createdAt: true,
          deliveries: {
            orderBy: [{ createdAt: "desc" }, { id: "desc" }],
            take: DELIVERY_LOG_SIZE,
            select: { id: true, event: true, status: true, attempts: true, responseCode: true, lastError: true, createdAt: true, sentAt: true, nextAttemptAt: true },
          },
        },
      },
    },
  });
  if (!row) throw new NotFoundError();
  return {
    ...row,
    scopes: parseScopes(row.scopes),
    // The secret signs deliveries; the page shows only its end.
    webhooks: row.webhooks.map(({ secret, ...w }) => ({ ...w, events: parseEvents(w.events), secretHint: `…${secret.slice(-4)}` })),
  };
}
