import { createHash, randomBytes } from "node:crypto";

// API keys look like `crk_<8 hex prefix>_<43 chars secret>`. The whole key is shown once; the
// database keeps its sha256 (a lookup by hash needs no slow hash: the key is 256 random bits)
// and the prefix, so admins can tell keys apart.

export const API_SCOPES = ["catalog.read", "feeds.read"] as const;
export type ApiScope = (typeof API_SCOPES)[number];

const KEY = /^crk_([0-9a-f]{8})_([A-Za-z0-9_-]{43})$/;

export function generateApiKey(): { key: string; prefix: string; secretHash: string } {
  const prefix = randomBytes(4).toString("hex");
  const key = `crk_${prefix}_${randomBytes(32).toString("base64url")}`;
  return { key, prefix, secretHash: hashApiKey(key) };
}

export function hashApiKey(key: string): string {
  return createHash("sha256").update(key, "utf8").digest("hex");
}

export function looksLikeApiKey(value: string): boolean {
  return KEY.test(value);
}

export function parseScopes(text: string): ApiScope[] {
  return text
    .split(",")
    .map((s) => s.trim())
    .filter((s): s is ApiScope => (API_SCOPES as readonly string[]).includes(s));
}
