import { documentPdfResponse } from "@/lib/documents/pdf-response";

export const dynamic = "force-dynamic";

/** The delivery note as PDF, with the signature area for the customer's receipt. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  return documentPdfResponse(request, { type: "delivery", id: (await params).id });
}
