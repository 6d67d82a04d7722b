import { apiRoute } from "@/lib/api/api-route";
import { productBody } from "@/lib/api/catalog-endpoints";
import { LocaleQuery } from "@/lib/api/schemas";
import { publicBaseUrl } from "@/lib/public-catalog/urls";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export const GET = apiRoute({
  query: LocaleQuery,
  scope: "catalog.read",
  cached: true,
  run: async ({ query, audience, request, params }) => ({ kind: "json", body: await productBody({ sku: params.sku ?? "", locale: query.locale, audience, baseUrl: publicBaseUrl(request) }) }),
});
