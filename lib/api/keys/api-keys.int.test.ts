import { beforeAll, describe, expect, it } from "vitest";
import { GET as productsGet } from "@/app/api/v1/catalog/products/route";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { AccessDeniedError, FieldError } from "@/lib/errors";
import { call } from "@/lib/testing/api-testing";
import { createActor, createCompany } from "@/lib/testing/factories";
import { createWebhook, deleteWebhook, redeliverWebhook, setWebhookActive, updateWebhook } from "../webhooks/manage-webhooks";
import { createApiKey } from "./create-api-key";
import { findApiKey, findApiKeys } from "./find-api-keys";
import { hashApiKey } from "./key-format";
import { revokeApiKey } from "./revoke-api-key";
import { updateApiKey } from "./update-api-key";

let admin: Actor;
const input = { name: "Shop A", partner: "A Ltd.", scopes: ["catalog.read" as const], priceListId: null, rateLimitPerMinute: 120 };

beforeAll(async () => {
  await createCompany();
  admin = await createActor("admin");
});

describe("API keys", () => {
  it("are shown once and stored as sha256 only; the key works until revoked", async () => {
    const { id, key } = await createApiKey({ actor: admin, input });
    const row = await db.apiKey.findUniqueOrThrow({ where: { id } });
    expect(row.secretHash).toBe(hashApiKey(key));
    expect(JSON.stringify(row)).not.toContain(key);
    const audit = await db.auditEntry.findMany({ where: { entityId: id } });
    expect(JSON.stringify(audit)).not.toContain(key);
    expect(JSON.stringify(audit)).not.toContain(row.secretHash);

    expect((await call(productsGet, "/api/v1/catalog/products", { key })).status).toBe(200);
    expect((await db.apiKey.findUniqueOrThrow({ where: { id } })).lastUsedAt).toBeInstanceOf(Date);
    await revokeApiKey({ actor: admin, id });
    expect((await call(productsGet, "/api/v1/catalog/products", { key })).status).toBe(401);
    expect((await findApiKeys({ actor: admin })).find((k) => k.id === id)?.revokedAt).toBeInstanceOf(Date);
  });

  it("edits scopes, price list and limit; refuses an unknown price list", async () => {
    const { id } = await createApiKey({ actor: admin, input });
    await updateApiKey({ actor: admin, input: { ...input, id, scopes: ["catalog.read", "feeds.read"], rateLimitPerMinute: 5 } });
    expect(await db.apiKey.findUniqueOrThrow({ where: { id }, select: { scopes: true, rateLimitPerMinute: true } })).toEqual({ scopes: "catalog.read,feeds.read", rateLimitPerMinute: 5 });
    await expect(updateApiKey({ actor: admin, input: { ...input, id, priceListId: "nope" } })).rejects.toBeInstanceOf(FieldError);
  });

  it("only admins (api.manage) may manage keys and webhooks", async () => {
    const manager = await createActor("manager");
    const { id } = await createApiKey({ actor: admin, input });
    await expect(createApiKey({ actor: manager, input })).rejects.toBeInstanceOf(AccessDeniedError);
    await expect(findApiKey({ actor: manager, id })).rejects.toBeInstanceOf(AccessDeniedError);
    await expect(revokeApiKey({ actor: manager, id })).rejects.toBeInstanceOf(AccessDeniedError);
    await expect(createWebhook({ actor: manager, input: { apiKeyId: id, url: "https://x.test/", secret: "", events: ["product.created"] } })).rejects.toBeInstanceOf(AccessDeniedError);
  });
});

describe("webhooks", () => {
  it("register with a generated secret, edit, disable/enable, redeliver and delete", async () => {
    const { id: apiKeyId } = await createApiKey({ actor: admin, input });
    const { id, secret } = await createWebhook({ actor: admin, input: { apiKeyId, url: "https://partner.test/hook", secret: "", events: ["product.created", "product.updated"] } });
    expect(secret).toMatch(/^whsec_/);
    const audit = await db.auditEntry.findMany({ where: { entityId: id } });
    expect(JSON.stringify(audit)).not.toContain(secret);
    await updateWebhook({ actor: admin, input: { id, url: "https://partner.test/v2", events: ["product.unpublished"] } });
    await db.webhook.update({ where: { id }, data: { failingSince: new Date(), disabledAt: new Date(), active: false } });
    await setWebhookActive({ actor: admin, id, active: true });
    expect(await db.webhook.findUniqueOrThrow({ where: { id }, select: { url: true, events: true, active: true, disabledAt: true, failingSince: true } })).toEqual({ url: "https://partner.test/v2", events: "product.unpublished", active: true, disabledAt: null, failingSince: null });

    const delivery = await db.outboxMessage.create({ data: { kind: "webhook", payload: '{"x":1}', event: "product.unpublished", webhookId: id, status: "dead", attempts: 12 } });
    await redeliverWebhook({ actor: admin, deliveryId: delivery.id });
    const page = await findApiKey({ actor: admin, id: apiKeyId });
    expect(page.webhooks[0].deliveries.map((d) => [d.status, d.attempts])).toEqual([["pending", 0], ["dead", 12]]);
    expect(JSON.stringify(page)).not.toContain(secret);

    await deleteWebhook({ actor: admin, id });
    expect(await db.outboxMessage.count({ where: { webhookId: id } })).toBe(0);
  });
});
