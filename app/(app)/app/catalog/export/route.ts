import type { NextRequest } from "next/server";
import { can } from "@/lib/auth/permissions";
import { getActor } from "@/lib/auth/session";
import { exportProductsCsv } from "@/lib/catalog/export/export-products";
import { PRODUCTS_TABLE } from "@/lib/catalog/products/products-table";
import { parseTableParams } from "@/lib/table/params";

export const dynamic = "force-dynamic";

/**
 * Products matching the list's current search and filters (same params, no paging) in the
 * import's own format, so the file can be edited and imported again.
 */
export async function GET(request: NextRequest): Promise<Response> {
  // A route handler is its own door: session and permission are checked here, not by the layout.
  const actor = await getActor();
  if (!actor || !can(actor, "catalog.read")) return new Response(null, { status: 404 });
  const params = parseTableParams(PRODUCTS_TABLE, request.nextUrl.searchParams);
  return exportProductsCsv({ actor, params, locale: actor.locale });
}
