import { getLocale } from "next-intl/server";
import { getActor } from "@/lib/auth/session";
import { findBell } from "@/lib/notifications/find-notifications";

// The bell polls this: the signed-in user's unread count and latest notifications, never cached.
export async function GET() {
  const actor = await getActor();
  if (!actor) return Response.json({ error: "signed out" }, { status: 401, headers: { "Cache-Control": "no-store" } });
  const bell = await findBell({ actor, locale: await getLocale() });
  return Response.json(bell, { headers: { "Cache-Control": "private, no-store" } });
}
