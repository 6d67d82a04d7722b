import type { NextRequest } from "next/server";
import { stringify } from "csv-stringify/sync";
import { can } from "@/lib/auth/permissions";
import { getActor } from "@/lib/auth/session";
import { CRM_IMPORTS, isCrmImportType } from "@/lib/crm/import/crm-import-types";

export const dynamic = "force-dynamic";

/** A CSV with the import's canonical header and one example row, to fill in. */
export async function GET(request: NextRequest): Promise<Response> {
  const actor = await getActor();
  if (!actor || !can(actor, "crm.manage")) return new Response(null, { status: 404 });
  const type = request.nextUrl.searchParams.get("type") ?? "";
  if (!isCrmImportType(type)) return new Response(null, { status: 404 });
  const { columns, example } = CRM_IMPORTS[type];
  const body = stringify([columns, columns.map((c) => example[c] ?? "")], { bom: true, record_delimiter: "windows" });
  return new Response(body, {
    headers: { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": `attachment; filename="${type}-template.csv"`, "Cache-Control": "private, no-store" },
  });
}
