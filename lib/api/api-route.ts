import "server-only";
import type { z } from "zod";
import { clientIpFrom } from "@/lib/auth/client-ip";
import { dbReady } from "@/lib/db/client";
import { log } from "@/lib/log";
import { catalogVersion } from "@/lib/public-catalog/catalog-version";
import { BadCursorError } from "@/lib/public-catalog/find-public-products";
import { PUBLIC_AUDIENCE, type PriceAudience } from "@/lib/public-catalog/load-public-products";
import { publicBaseUrl } from "@/lib/public-catalog/urls";
import { ApiError, errorBody } from "./api-error";
import { cacheHeaders, matchesIfNoneMatch, strongEtag } from "./http-cache";
import { catalogResponseCache, type CachedJson } from "./response-cache";
import { assertScope, authenticateApiClient, type ApiClient } from "./keys/authenticate-api-key";
import type { ApiScope } from "./keys/key-format";
import { parseQuery } from "./parse-query";
import { consumeRateLimit, rateLimitHeaders, type RateLimitState } from "./rate-limit";

// The one door of every /api/v1 route: parse the query strictly, identify the caller, count the
// request, run, and answer with a strong ETag (304 on If-None-Match) and the cache rules. Written
// against Web Request/Response only and stateless, so any instance (or the static export) can
// serve the same bytes.

export type ApiContext<Q> = { query: Q; client: ApiClient; audience: PriceAudience; request: Request; params: Record<string, string> };

export type ApiResult =
  | { kind: "json"; body: unknown }
  | {
      kind: "stream";
      contentType: string;
      /** Decides the body's bytes exactly (see lib/api/feeds/feed-version.ts): the ETag without generating it. */
      version: string;
      filename?: string;
      open: () => AsyncIterable<string>;
    };

export type ApiRouteOptions<S extends z.ZodObject> = {
  query: S;
  scope: ApiScope;
  /**
   * Serve JSON answers from the in-process cache of the current catalog version (see
   * lib/public-catalog/catalog-version.ts): only for answers that depend on nothing but the
   * catalog, the parsed query, the path, the price audience and the public origin.
   */
  cached?: boolean;
  run: (context: ApiContext<z.output<S>>) => Promise<ApiResult>;
};

export function audienceOf(client: ApiClient): PriceAudience {
  return client.kind === "key" ? { kind: "partner", priceListId: client.priceListId } : PUBLIC_AUDIENCE;
}

export function jsonError(error: ApiError, extra: Record<string, string> = {}): Response {
  return Response.json(errorBody(error), { status: error.status, headers: { "Cache-Control": "no-store", ...error.headers, ...extra } });
}

function jsonOf(result: ApiResult): CachedJson {
  if (result.kind !== "json") throw new Error("only JSON answers are cached");
  const body = JSON.stringify(result.body);
  return { body, etag: strongEtag(body) };
}

function toStream(chunks: AsyncIterable<string>): ReadableStream<Uint8Array> {
  const iterator = chunks[Symbol.asyncIterator]();
  const encoder = new TextEncoder();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const next = await iterator.next();
        if (next.done) controller.close();
        else controller.enqueue(encoder.encode(next.value));
      } catch (error) {
        log.error({ err: error }, "api stream failed");
        // Headers are sent: abort the body so the client sees a broken download, not a short one.
        controller.error(error);
      }
    },
    async cancel() {
      await iterator.return?.();
    },
  });
}

export function apiRoute<S extends z.ZodObject>(options: ApiRouteOptions<S>) {
  return async function GET(request: Request, context?: { params?: Promise<Record<string, string | string[]>> }): Promise<Response> {
    let limit: RateLimitState | null = null;
    try {
      await dbReady();
      const url = new URL(request.url);
      const client = await authenticateApiClient(request, clientIpFrom((name) => request.headers.get(name)));
      limit = await consumeRateLimit(client);
      assertScope(client, options.scope);
      const query = parseQuery(options.query, url.searchParams);
      const rawParams = (await context?.params) ?? {};
      const params = Object.fromEntries(Object.entries(rawParams).map(([k, v]) => [k, Array.isArray(v) ? v.join("/") : v]));
      const audience = audienceOf(client);
      const run = () => options.run({ query, client, audience, request, params });
      const keyed = client.kind === "key";
      const headers: Record<string, string> = { ...rateLimitHeaders(limit), "X-Content-Type-Options": "nosniff" };
      const json = (answer: CachedJson) => {
        Object.assign(headers, cacheHeaders(keyed, answer.etag));
        if (matchesIfNoneMatch(request.headers.get("if-none-match"), answer.etag)) return new Response(null, { status: 304, headers });
        return new Response(answer.body, { status: 200, headers: { ...headers, "Content-Type": "application/json; charset=utf-8" } });
      };
      if (options.cached) {
        // Read the version first: whatever is computed after it is at least that new.
        const version = await catalogVersion();
        const key = JSON.stringify([url.pathname, query, audience, publicBaseUrl(request)]);
        return json(await catalogResponseCache().through(version, key, async () => jsonOf(await run())));
      }
      const result = await run();
      if (result.kind === "json") return json(jsonOf(result));
      const etag = strongEtag(`${result.version}|${keyed ? `key:${client.keyId}` : "public"}`);
      Object.assign(headers, cacheHeaders(keyed, etag));
      if (matchesIfNoneMatch(request.headers.get("if-none-match"), etag)) return new Response(null, { status: 304, headers });
      if (result.filename) headers["Content-Disposition"] = `inline; filename="${result.filename}"`;
      return new Response(toStream(result.open()), { status: 200, headers: { ...headers, "Content-Type": result.contentType } });
    } catch (error) {
      const extra = limit ? rateLimitHeaders(limit) : {};
      if (error instanceof ApiError) return jsonError(error, extra);
      if (error instanceof BadCursorError) return jsonError(new ApiError(400, "invalid_cursor", "The cursor is not one this API issued"), extra);
      log.error({ err: error, url: request.url }, "api request failed");
      return jsonError(new ApiError(500, "internal_error", "Internal error"), extra);
    }
  };
}
