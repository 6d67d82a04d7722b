// Test helpers for the partner API's contract tests (not used by the app): call route handlers
// directly with Web Requests and validate bodies against the OpenAPI document.
import Ajv from "ajv";
import { openApiDocument } from "@/lib/api/openapi";

export const BASE = "http://api.test";

type Handler = (request: Request, context?: { params?: Promise<Record<string, string>> }) => Promise<Response>;

export async function call(handler: Handler, path: string, init: { key?: string; headers?: Record<string, string>; params?: Record<string, string> } = {}): Promise<Response> {
  const headers: Record<string, string> = { ...init.headers };
  if (init.key) headers.authorization = `Bearer ${init.key}`;
  return handler(new Request(`${BASE}${path}`, { headers }), { params: Promise.resolve(init.params ?? {}) });
}

/** A validator for "the JSON body of `status` on GET `path`" per the OpenAPI document. */
export function openApiValidator() {
  const doc = openApiDocument(BASE) as { paths: Record<string, { get: { responses: Record<string, { content?: Record<string, { schema: { $ref?: string } }> }> } }> };
  // ajv 6 (draft-07) reads the 2020-12 subset zod emits here: refs, anyOf, type arrays, const.
  const ajv = new Ajv({ allErrors: true, validateSchema: false, unknownFormats: "ignore" });
  ajv.addSchema(doc as object, "openapi");
  return (path: string, status: number, body: unknown): string[] => {
    const response = doc.paths[path]?.get.responses[String(status)];
    const ref = response?.content?.["application/json"]?.schema.$ref;
    if (!ref) return [`no JSON schema for ${status} on ${path}`];
    const ok = ajv.validate({ $ref: `openapi${ref}` }, body);
    return ok ? [] : (ajv.errors ?? []).map((e) => `${e.dataPath} ${e.message}`);
  };
}
