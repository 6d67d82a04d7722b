import "server-only";
import { db } from "@/lib/db/client";
import { ApiError } from "../api-error";
import { hashApiKey, looksLikeApiKey, parseScopes, type ApiScope } from "./key-format";

export type ApiClient =
  | { kind: "anonymous"; ip: string }
  | { kind: "key"; keyId: string; scopes: ApiScope[]; priceListId: string | null; rateLimitPerMinute: number };

/**
 * Who is calling: `Authorization: Bearer <key>` names a partner key, no header is anonymous.
 * A header with a wrong, revoked or inactive key is a 401, never a quiet fall-back to anonymous.
 */
export async function authenticateApiClient(request: Request, ip: string): Promise<ApiClient> {
  const header = request.headers.get("authorization");
  if (header === null) return { kind: "anonymous", ip };
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  const unauthorized = new ApiError(401, "unauthorized", "Invalid API key", {}, { "WWW-Authenticate": 'Bearer realm="carrack"' });
  if (!match || !looksLikeApiKey(match[1])) throw unauthorized;
  const key = await db.apiKey.findUnique({
    where: { secretHash: hashApiKey(match[1]) },
    select: { id: true, scopes: true, priceListId: true, rateLimitPerMinute: true, active: true, revokedAt: true, lastUsedAt: true },
  });
  if (!key || !key.active || key.revokedAt) throw unauthorized;
  // "Last used" to the minute is enough, and saves a write on nearly every call.
  if (!key.lastUsedAt || Date.now() - key.lastUsedAt.getTime() > 60_000) {
    await db.apiKey.updateMany({ where: { id: key.id }, data: { lastUsedAt: new Date() } });
  }
  return { kind: "key", keyId: key.id, scopes: parseScopes(key.scopes), priceListId: key.priceListId, rateLimitPerMinute: key.rateLimitPerMinute };
}

/** Keys must hold the endpoint's scope; anonymous callers see public data everywhere. */
export function assertScope(client: ApiClient, scope: ApiScope): void {
  if (client.kind === "key" && !client.scopes.includes(scope)) {
    throw new ApiError(403, "forbidden", `This API key lacks the scope "${scope}"`, { requiredScope: scope });
  }
}
