import { z } from "zod";
import { API_SCOPES } from "./keys/key-format";
import { CategoryListResponse, ErrorResponse, LocaleQuery, ProductListQuery, ProductListResponse, ProductResponse } from "./schemas";

// The OpenAPI 3.1 document, generated from the same zod schemas the handlers parse with and the
// public model is typed by (zod 4's JSON Schema output is 2020-12, OpenAPI 3.1's dialect).

type JsonSchema = Record<string, unknown>;
const REF = "#/components/schemas/";

function strip(schema: JsonSchema): JsonSchema {
  const { $schema: _s, $id: _i, ...rest } = schema;
  return rest;
}

/** The named schemas reachable from `roots` (every schema with a `.meta({ id })`). */
function componentSchemas(roots: string[]): Record<string, JsonSchema> {
  const all = z.toJSONSchema(z.globalRegistry, { target: "draft-2020-12", uri: (id) => `${REF}${id}`, io: "output", unrepresentable: "any" }).schemas as Record<string, JsonSchema>;
  const out: Record<string, JsonSchema> = {};
  const queue = [...roots];
  while (queue.length) {
    const id = queue.pop()!;
    if (out[id] || !all[id]) continue;
    out[id] = strip(all[id]);
    for (const match of JSON.stringify(out[id]).matchAll(/"\$ref":"#\/components\/schemas\/([^"]+)"/g)) queue.push(match[1]);
  }
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => a.localeCompare(b)));
}

function parameters(schema: z.ZodObject): JsonSchema[] {
  const json = z.toJSONSchema(schema, { target: "draft-2020-12", io: "input", unrepresentable: "any" }) as { properties?: Record<string, JsonSchema>; required?: string[] };
  return Object.entries(json.properties ?? {}).map(([name, property]) => {
    const { description, ...rest } = property;
    return { name, in: "query", required: json.required?.includes(name) ?? false, ...(description ? { description } : {}), schema: rest };
  });
}

const ref = (id: string) => ({ $ref: `${REF}${id}` });
const idOf = (schema: z.ZodType) => (z.globalRegistry.get(schema) as { id?: string } | undefined)?.id ?? "";

const RATE_HEADERS = {
  "X-RateLimit-Limit": { description: "Requests allowed per minute", schema: { type: "integer" } },
  "X-RateLimit-Remaining": { description: "Requests left in this minute", schema: { type: "integer" } },
  "X-RateLimit-Reset": { description: "Unix time (seconds) when the window resets", schema: { type: "integer" } },
};
const CACHE_HEADERS = {
  ETag: { description: "Strong validator; send it back as If-None-Match to get 304", schema: { type: "string" } },
  "Cache-Control": { description: "public with s-maxage and stale-while-revalidate without a key; private with one", schema: { type: "string" } },
};

function errors(...statuses: number[]) {
  const text: Record<number, string> = {
    304: "Not modified (If-None-Match matched the ETag)",
    400: "Unknown or malformed parameter, invalid cursor",
    401: "Invalid, revoked or inactive API key",
    403: "The key lacks the endpoint's scope",
    404: "Not found",
    422: "Parameter out of range",
    429: "Rate limit exceeded (see Retry-After)",
  };
  return Object.fromEntries(
    statuses.map((s) => [String(s), s === 304 ? { description: text[s], headers: CACHE_HEADERS } : { description: text[s], content: { "application/json": { schema: ref(idOf(ErrorResponse)) } } }]),
  );
}

function ok(description: string, content: Record<string, unknown>) {
  return { "200": { description, headers: { ...CACHE_HEADERS, ...RATE_HEADERS }, content }, ...errors(304, 400, 401, 403, 404, 422, 429) };
}

const json = (schema: z.ZodType) => ({ "application/json": { schema: ref(idOf(schema)) } });
const text = (type: string, description: string) => ({ [type]: { schema: { type: "string", description } } });

export function openApiDocument(serverUrl: string): JsonSchema {
  const feed = (summary: string, type: string, description: string) => ({
    get: { operationId: summary.replace(/\W+/g, "_"), summary, tags: ["feeds"], parameters: parameters(LocaleQuery), responses: ok(description, text(type, description)) },
  });
  return {
    openapi: "3.1.0",
    jsonSchemaDialect: "https://json-schema.org/draft/2020-12/schema",
    info: {
      title: "Carrack partner API",
      version: "1.0.0",
      description:
        "The published product catalog for partner sites. Anonymous calls see public prices and a lower rate limit; a partner key (Authorization: Bearer crk_…) sees the partner's prices. Full sync: page with `cursor` until `nextCursor` is null, keep `nextUpdatedSince`; incremental sync: pass it as `updatedSince` and apply tombstones (`deleted: true`).",
    },
    servers: [{ url: `${serverUrl.replace(/\/+$/, "")}/api/v1` }],
    security: [{}, { partnerKey: [] }],
    tags: [{ name: "catalog" }, { name: "feeds" }],
    paths: {
      "/catalog/products": {
        get: { operationId: "listProducts", summary: "Published products, paged", tags: ["catalog"], parameters: parameters(ProductListQuery), responses: ok("A page of products (and tombstones with updatedSince)", json(ProductListResponse)) },
      },
      "/catalog/products/{sku}": {
        get: {
          operationId: "getProduct",
          summary: "One published product by SKU (a variant SKU returns its group)",
          tags: ["catalog"],
          parameters: [{ name: "sku", in: "path", required: true, schema: { type: "string" } }, ...parameters(LocaleQuery)],
          responses: ok("The product", json(ProductResponse)),
        },
      },
      "/catalog/categories": {
        get: { operationId: "listCategories", summary: "Categories with public products", tags: ["catalog"], parameters: parameters(LocaleQuery), responses: ok("The category tree, parents first", json(CategoryListResponse)) },
      },
      "/catalog/feeds/google.xml": feed("Google Merchant Center feed", "application/xml", "RSS 2.0 with the g: namespace, one item per sellable SKU"),
      "/catalog/feeds/shopify.csv": feed("Shopify product CSV", "text/csv", "Shopify product import CSV"),
      "/catalog/feeds/woocommerce.csv": feed("WooCommerce product CSV", "text/csv", "WooCommerce product import CSV"),
      "/openapi.json": { get: { operationId: "openApi", summary: "This document", tags: ["catalog"], responses: { "200": { description: "OpenAPI 3.1", content: { "application/json": { schema: { type: "object" } } } } } } },
    },
    components: {
      securitySchemes: { partnerKey: { type: "http", scheme: "bearer", description: `Partner API key; scopes: ${API_SCOPES.join(", ")}` } },
      schemas: componentSchemas([ProductListResponse, ProductResponse, CategoryListResponse, ErrorResponse].map(idOf)),
    },
  };
}
