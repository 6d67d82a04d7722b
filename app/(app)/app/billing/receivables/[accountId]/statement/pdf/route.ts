import { companyDay } from "@/lib/pricing/company-day";
import { documentPdfResponse } from "@/lib/documents/pdf-response";

export const dynamic = "force-dynamic";

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The customer's statement as PDF: `?from=&to=` (default: this year to today), in base currency. */
export async function GET(request: Request, { params }: { params: Promise<{ accountId: string }> }): Promise<Response> {
  const { accountId } = await params;
  const search = new URL(request.url).searchParams;
  const today = companyDay();
  const to = DAY.test(search.get("to") ?? "") ? search.get("to")! : today;
  const from = DAY.test(search.get("from") ?? "") ? search.get("from")! : `${to.slice(0, 4)}-01-01`;
  if (from > to) return new Response("Bad period", { status: 400, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  return documentPdfResponse(request, { type: "statement", accountId, from, to });
}
