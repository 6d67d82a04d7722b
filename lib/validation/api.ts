import { z } from "zod";
import { API_SCOPES } from "@/lib/api/keys/key-format";
import { WEBHOOK_EVENTS } from "@/lib/api/webhooks/webhook-events";

// Admin forms of the partner API (API keys, webhooks). Checkbox groups arrive as one value or a
// list of values (FormData repeats the name).

const Id = z.string().trim().min(1).max(50);
const OptionalId = z
  .string()
  .trim()
  .max(50)
  .transform((v) => (v === "" ? null : v))
  .nullable()
  .default(null);

const many = <T extends readonly [string, ...string[]]>(values: T, error: string) =>
  z.preprocess((v) => (v === undefined || v === null || v === "" ? [] : Array.isArray(v) ? v : [v]), z.array(z.enum(values)).min(1, { error }).transform((list) => [...new Set(list)]));

export const ApiKeyInput = z.object({
  name: z.string().trim().min(1).max(100),
  partner: z.string().trim().max(100).default(""),
  scopes: many(API_SCOPES, "api.scopesRequired"),
  priceListId: OptionalId,
  rateLimitPerMinute: z.coerce.number().int().min(1).max(100_000),
});
export type ApiKeyInput = z.output<typeof ApiKeyInput>;

export const ApiKeyUpdateInput = ApiKeyInput.extend({ id: Id });
export type ApiKeyUpdateInput = z.output<typeof ApiKeyUpdateInput>;

export const IdInput = z.object({ id: Id });

const WebhookUrl = z
  .string()
  .trim()
  .max(2000)
  .refine((v) => {
    try {
      const url = new URL(v);
      return (url.protocol === "https:" || url.protocol === "http:") && !url.username && !url.password;
    } catch {
      return false;
    }
  }, { error: "api.webhookUrl" });

export const WebhookInput = z.object({
  apiKeyId: Id,
  url: WebhookUrl,
  // Empty: a random secret is made. Otherwise at least 16 characters (it signs every delivery).
  secret: z
    .string()
    .trim()
    .max(200)
    .refine((v) => v === "" || v.length >= 16, { error: "api.webhookSecret" })
    .default(""),
  events: many(WEBHOOK_EVENTS, "api.eventsRequired"),
});
export type WebhookInput = z.output<typeof WebhookInput>;

export const WebhookUpdateInput = z.object({ id: Id, url: WebhookUrl, events: many(WEBHOOK_EVENTS, "api.eventsRequired") });
export type WebhookUpdateInput = z.output<typeof WebhookUpdateInput>;
