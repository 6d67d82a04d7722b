import { apiRoute } from "@/lib/api/api-route";
import { categoriesBody } from "@/lib/api/catalog-endpoints";
import { LocaleQuery } from "@/lib/api/schemas";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export const GET = apiRoute({
  query: LocaleQuery,
  scope: "catalog.read",
  cached: true,
  run: async ({ query }) => ({ kind: "json", body: await categoriesBody({ locale: query.locale }) }),
});
