import { getLocale, getTranslations } from "next-intl/server";
import { AppShell } from "@/components/layout/app-shell";
import { requireActor } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { NAVIGATION } from "@/lib/ui/navigation";
import { findBell } from "@/lib/notifications/find-notifications";

// The signed-in staff frame. Pages still check the session and permissions themselves:
// a layout is not a security boundary (it does not re-run on every navigation).
export default async function StaffLayout({ children }: { children: React.ReactNode }) {
  const actor = await requireActor();
  const t = await getTranslations("shell");
  const tc = await getTranslations("common");
  const sections = NAVIGATION.map((section) => ({
    label: t(`sections.${section.key}` as "sections.main"),
    items: section.items
      .filter((item) => !item.permission || can(actor, item.permission))
      .map((item) => ({ href: item.href, label: t(`nav.${item.key}` as "nav.home"), icon: item.icon })),
  })).filter((section) => section.items.length > 0);
  const bell = await findBell({ actor, locale: await getLocale() });

  return (
    <AppShell sections={sections} user={{ name: actor.name, email: actor.email, role: tc(`roles.${actor.role}`) }} bell={bell}>
      {children}
    </AppShell>
  );
}
