import { findFeedOwner, renderCalendarFeed } from "@/lib/crm/calendar/render-calendar-feed";
import { tokenFromFileName } from "@/lib/crm/calendar/calendar-token";
import { publicBaseUrl } from "@/lib/public-catalog/urls";

export const dynamic = "force-dynamic";

/**
 * The private ICS feed calendar apps subscribe to: no session, the token in the URL is the
 * credential. Unknown, malformed and revoked tokens all answer the same 404.
 */
export async function GET(request: Request, { params }: { params: Promise<{ file: string }> }) {
  const token = tokenFromFileName((await params).file);
  const owner = token ? await findFeedOwner(token) : null;
  if (!owner) return new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
  const body = await renderCalendarFeed({ owner, baseUrl: publicBaseUrl(request) });
  return new Response(body, {
    status: 200,
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": 'inline; filename="carrack.ics"',
      // Personal data: never in a shared cache; calendar apps poll on their own schedule.
      "Cache-Control": "private, no-store",
      "X-Robots-Tag": "noindex",
    },
  });
}
