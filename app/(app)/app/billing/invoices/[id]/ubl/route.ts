import { can } from "@/lib/auth/permissions";
import { getActor } from "@/lib/auth/session";
import { NotFoundError } from "@/lib/errors";
import { loadUblDocument } from "@/lib/sales/invoices/ubl/load-ubl-document";

export const dynamic = "force-dynamic";

/** UBL 2.1 XML of an issued invoice or credit note, as a download. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  // A route handler is its own door: session and permission are checked here, not by the layout.
  const actor = await getActor();
  if (!actor || !can(actor, "sales.read")) return new Response(null, { status: 404 });
  const { id } = await params;
  try {
    const { fileName, xml } = await loadUblDocument({ actor, invoiceId: id });
    return new Response(xml, {
      headers: {
        "Content-Type": "application/xml; charset=utf-8",
        "Content-Disposition": `attachment; filename="${fileName.replace(/[^A-Za-z0-9._-]/g, "_")}"`,
        "Cache-Control": "private, no-store",
      },
    });
  } catch (error) {
    // Another user's invoice, a draft or a missing id all look the same.
    if (error instanceof NotFoundError) return new Response(null, { status: 404 });
    throw error;
  }
}
