import "server-only";
import { cache } from "react";
import { getServerSession } from "next-auth";
import { notFound, redirect } from "next/navigation";
import { db } from "@/lib/db/client";
import { isLocale, DEFAULT_LOCALE } from "@/lib/i18n/locales";
import type { Actor } from "./actor";
import { authOptions } from "./options";
import { isRole } from "./roles";
import { can, type Permission } from "./permissions";

type StaffSession = { userId?: string; sv?: number; aud?: string };

/**
 * The signed-in staff user, or null. The security boundary for every page, action and route:
 * a deactivated user, or a session older than the user's last deactivation or password change,
 * is no session at all.
 */
export const getActor = cache(async (): Promise<Actor | null> => {
  const session = (await getServerSession(authOptions)) as StaffSession | null;
  if (!session?.userId || session.aud !== "staff") return null;
  const user = await db.user.findUnique({
    where: { id: session.userId },
    select: { id: true, email: true, name: true, role: true, teamId: true, locale: true, active: true, sessionVersion: true },
  });
  if (!user || !user.active || user.sessionVersion !== (session.sv ?? -1) || !isRole(user.role)) return null;
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    teamId: user.teamId,
    locale: isLocale(user.locale) ? user.locale : DEFAULT_LOCALE,
  };
});

/** For pages: the actor, or a redirect to sign-in. */
export async function requireActor(): Promise<Actor> {
  const actor = await getActor();
  if (!actor) redirect("/login");
  return actor;
}

/** For pages: the actor holding `permission`; anyone else gets the 404 page. */
export async function requirePermission(permission: Permission): Promise<Actor> {
  const actor = await requireActor();
  if (!can(actor, permission)) notFound();
  return actor;
}
