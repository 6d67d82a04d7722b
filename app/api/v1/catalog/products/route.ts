import { apiRoute } from "@/lib/api/api-route";
import { productListBody } from "@/lib/api/catalog-endpoints";
import { ProductListQuery } from "@/lib/api/schemas";
import { publicBaseUrl } from "@/lib/public-catalog/urls";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export const GET = apiRoute({
  query: ProductListQuery,
  scope: "catalog.read",
  cached: true,
  run: async ({ query, audience, request }) => ({ kind: "json", body: await productListBody({ query, audience, baseUrl: publicBaseUrl(request) }) }),
});
