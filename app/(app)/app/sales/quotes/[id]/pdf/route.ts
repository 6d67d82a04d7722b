import { documentPdfResponse } from "@/lib/documents/pdf-response";

export const dynamic = "force-dynamic";

/** The quote as PDF: the current revision, or `?revision=n`. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const { id } = await params;
  const raw = new URL(request.url).searchParams.get("revision");
  const revision = raw && /^\d{1,5}$/.test(raw) && Number(raw) > 0 ? Number(raw) : undefined;
  return documentPdfResponse(request, { type: "quote", id, ...(revision ? { revision } : {}) });
}
