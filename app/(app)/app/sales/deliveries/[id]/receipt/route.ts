import type { NextRequest } from "next/server";
import { can } from "@/lib/auth/permissions";
import { getActor } from "@/lib/auth/session";
import { NotFoundError } from "@/lib/errors";
import { readDeliveryReceipt } from "@/lib/sales/deliveries/read-delivery-receipt";

export const dynamic = "force-dynamic";

/** The signed receipt scan, only to staff who may see the delivery; everyone else gets 404. */
export async function GET(_request: NextRequest, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const actor = await getActor();
  if (!actor || !can(actor, "sales.read")) return new Response(null, { status: 404 });
  try {
    const file = await readDeliveryReceipt({ actor, id: (await params).id });
    return new Response(new Uint8Array(file.bytes), {
      headers: {
        "Content-Type": file.contentType,
        // Served as what we sniffed, never sniffed again by the browser; inline for viewing.
        "X-Content-Type-Options": "nosniff",
        "Content-Disposition": `inline; filename="${encodeURIComponent(file.fileName)}"`,
        "Cache-Control": "private, no-store",
      },
    });
  } catch (error) {
    if (error instanceof NotFoundError) return new Response(null, { status: 404 });
    throw error;
  }
}
