import { documentPdfResponse } from "@/lib/documents/pdf-response";

export const dynamic = "force-dynamic";

/** The invoice or credit note as PDF. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  return documentPdfResponse(request, { type: "invoice", id: (await params).id });
}
