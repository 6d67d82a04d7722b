import { createHash } from "node:crypto";

// Strong validators and cache rules for the partner API, so a CDN edge can cache and revalidate
// anonymous responses. Keyed responses differ per partner (their prices): private only.

export const PUBLIC_CACHE_CONTROL = `public, max-age=60, s-maxage=${Number(process.env.CARRACK_API_S_MAXAGE ?? 300)}, stale-while-revalidate=${Number(process.env.CARRACK_API_SWR ?? 3600)}`;
export const PRIVATE_CACHE_CONTROL = "private, max-age=0, must-revalidate";

/** A strong ETag: a hash of the exact bytes (or of a version that decides them). */
export function strongEtag(content: string | Uint8Array): string {
  return `"${createHash("sha256").update(content).digest("base64url").slice(0, 32)}"`;
}

/**
 * Whether If-None-Match names this ETag (RFC 9110 §13.1.2: weak comparison, so W/"x" matches
 * "x"; `*` matches any current representation).
 */
export function matchesIfNoneMatch(header: string | null, etag: string): boolean {
  if (!header) return false;
  const bare = (tag: string) => tag.trim().replace(/^W\//, "");
  return header.split(",").some((tag) => tag.trim() === "*" || bare(tag) === bare(etag));
}

export function cacheHeaders(keyed: boolean, etag: string): Record<string, string> {
  return {
    ETag: etag,
    "Cache-Control": keyed ? PRIVATE_CACHE_CONTROL : PUBLIC_CACHE_CONTROL,
    // The same URL answers differently with a key; nothing else (the language is a parameter).
    Vary: "Authorization",
  };
}
