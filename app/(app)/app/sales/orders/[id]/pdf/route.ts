import { documentPdfResponse } from "@/lib/documents/pdf-response";

export const dynamic = "force-dynamic";

/** The sales order confirmation as PDF. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  return documentPdfResponse(request, { type: "order", id: (await params).id });
}
