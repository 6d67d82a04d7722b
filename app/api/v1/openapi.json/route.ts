import { apiRoute } from "@/lib/api/api-route";
import { openApiDocument } from "@/lib/api/openapi";
import { NoQuery } from "@/lib/api/schemas";
import { publicBaseUrl } from "@/lib/public-catalog/urls";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export const GET = apiRoute({
  query: NoQuery,
  scope: "catalog.read",
  run: async ({ request }) => ({ kind: "json", body: openApiDocument(publicBaseUrl(request)) }),
});
