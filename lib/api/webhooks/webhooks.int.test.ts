import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { runJobs } from "@/lib/jobs/run-jobs";
import { postReceipt } from "@/lib/stock/post-receipt";
import { createActor, createCompany } from "@/lib/testing/factories";
import { createApiKeyRow, createPublicProduct, editProduct } from "@/lib/testing/public-catalog-factories";
import { createWebhook } from "./manage-webhooks";
import { verifySignature } from "./signature";

type Received = { headers: IncomingMessage["headers"]; body: string };

/** A local receiver answering `status()` to every POST, keeping what it got. */
async function receiver(status: () => number) {
  const received: Received[] = [];
  const server: Server = createServer((req, res) => {
    let body = "";
    req.on("data", (c) => (body += c));
    req.on("end", () => {
      received.push({ headers: req.headers, body });
      res.writeHead(status()).end("ok");
    });
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`, received, close: () => new Promise((r) => server.close(r)) };
}

let admin: Actor;
const closers: (() => Promise<unknown>)[] = [];

beforeAll(async () => {
  await createCompany();
  admin = await createActor("admin");
});
afterAll(async () => {
  for (const close of closers) await close();
});

async function hookFor(url: string, events: string[] = ["product.created", "product.updated", "product.unpublished", "stock.availability_changed"]) {
  const key = await createApiKeyRow();
  const { id, secret } = await createWebhook({ actor: admin, input: { apiKeyId: key.id, url, secret: "", events: events as never } });
  return { id, secret };
}

/** Runs the outbox until nothing is due at `at`. */
async function drain(at = new Date()) {
  for (let i = 0; i < 10; i++) if ((await runJobs({ now: at, clock: () => at })).claimed === 0) return;
}

describe("webhooks", () => {
  it("a publish reaches the receiver signed, with the product as the API shows it", async () => {
    const r = await receiver(() => 200);
    closers.push(r.close);
    const hook = await hookFor(r.url);
    const p = await createPublicProduct(admin, { price: 4200, standardCost: 999_123 });
    const started = Date.now();
    await drain();
    const got = r.received.filter((x) => x.body.includes(p.sku));
    expect(got).toHaveLength(1);
    expect(Date.now() - started).toBeLessThan(5000);
    const body = JSON.parse(got[0].body);
    expect(body).toMatchObject({ event: "product.created", data: { sku: p.sku, price: { amount: "42.00" } } });
    expect(got[0].body).not.toContain("999123");
    expect(got[0].headers["x-carrack-event"]).toBe("product.created");
    const signature = String(got[0].headers["x-carrack-signature"]);
    expect(signature).toMatch(/^t=\d+,v1=[0-9a-f]{64}$/);
    expect(verifySignature(hook.secret, signature, got[0].body)).toBe(true);
    expect(verifySignature(hook.secret, signature, got[0].body.replace("42.00", "1.00"))).toBe(false);
    expect(verifySignature("wrong-secret-0000000", signature, got[0].body)).toBe(false);
    const log = await db.outboxMessage.findFirstOrThrow({ where: { webhookId: hook.id, event: "product.created" } });
    expect(log).toMatchObject({ status: "sent", attempts: 1, responseCode: 200 });

    // Unpublishing sends a tombstone; a stock change that moves the level sends availability.
    const warehouse = await db.warehouse.findFirstOrThrow({ where: { isDefault: true } });
    await postReceipt({ actor: admin, input: { warehouseId: warehouse.id, lines: [{ productId: p.id, quantity: 5000, unitCost: 100 }] } });
    await postReceipt({ actor: admin, input: { warehouseId: warehouse.id, lines: [{ productId: p.id, quantity: 1000, unitCost: 100 }] } }); // same level: no event
    await drain();
    await editProduct(admin, p.id, { published: false });
    await drain();
    const events = r.received.filter((x) => x.body.includes(p.sku)).map((x) => JSON.parse(x.body));
    expect(events.map((e) => e.event)).toEqual(["product.created", "stock.availability_changed", "product.unpublished"]);
    expect(events[1].data).toMatchObject({ availability: "in_stock" });
    expect(JSON.stringify(events[1])).not.toMatch(/5000|6000|onHand/);
    expect(events[2]).toMatchObject({ data: { sku: p.sku, deleted: true } });
  });

  it("a failing receiver gets retries with growing delays; a day of failures disables the webhook and tells admins", async () => {
    const r = await receiver(() => 500);
    closers.push(r.close);
    const hook = await hookFor(r.url, ["product.created"]);
    await createPublicProduct(admin, {});
    let at = new Date();
    await drain(at);
    const delays: number[] = [];
    for (let attempt = 1; attempt <= 3; attempt++) {
      const row = await db.outboxMessage.findFirstOrThrow({ where: { webhookId: hook.id } });
      expect(row).toMatchObject({ status: "pending", attempts: attempt, responseCode: 500 });
      delays.push(row.nextAttemptAt.getTime() - at.getTime());
      at = new Date(row.nextAttemptAt.getTime() + 1);
      await drain(at);
    }
    expect(r.received.length).toBe(4);
    expect(delays[0]).toBeGreaterThanOrEqual(20_000);
    expect(delays[1]).toBeGreaterThan(delays[0]);
    expect(delays[2]).toBeGreaterThan(delays[1]);
    expect((await db.webhook.findUniqueOrThrow({ where: { id: hook.id } })).failingSince).toBeInstanceOf(Date);

    await db.webhook.update({ where: { id: hook.id }, data: { failingSince: new Date(Date.now() - 25 * 3600_000) } });
    const row = await db.outboxMessage.findFirstOrThrow({ where: { webhookId: hook.id } });
    await drain(new Date(row.nextAttemptAt.getTime() + 1));
    const disabled = await db.webhook.findUniqueOrThrow({ where: { id: hook.id } });
    expect(disabled.disabledAt).toBeInstanceOf(Date);
    expect(disabled.active).toBe(false);
    expect((await db.outboxMessage.findFirstOrThrow({ where: { webhookId: hook.id } })).status).toBe("dead");
    expect(await db.notification.count({ where: { userId: admin.id, kind: "webhook_disabled" } })).toBe(1);
  });

  it("a recovering receiver ends the failure streak; no events for unsubscribed or revoked keys", async () => {
    let code = 503;
    const r = await receiver(() => code);
    closers.push(r.close);
    const hook = await hookFor(r.url, ["product.updated"]);
    const p = await createPublicProduct(admin, {});
    await editProduct(admin, p.id, { nameEn: "Changed" });
    await drain();
    expect((await db.webhook.findUniqueOrThrow({ where: { id: hook.id } })).failingSince).toBeInstanceOf(Date);
    code = 204;
    const row = await db.outboxMessage.findFirstOrThrow({ where: { webhookId: hook.id } });
    await drain(new Date(row.nextAttemptAt.getTime() + 1));
    expect((await db.webhook.findUniqueOrThrow({ where: { id: hook.id } })).failingSince).toBeNull();
    expect(await db.outboxMessage.count({ where: { webhookId: hook.id, event: "product.created" } })).toBe(0);

    await db.apiKey.updateMany({ where: { webhooks: { some: { id: hook.id } } }, data: { revokedAt: new Date(), active: false } });
    await editProduct(admin, p.id, { nameEn: "Changed again" });
    expect(await db.outboxMessage.count({ where: { webhookId: hook.id } })).toBe(1);
  });
});
