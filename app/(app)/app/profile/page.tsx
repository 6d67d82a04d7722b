import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { LocaleSwitcher } from "@/components/layout/locale-switcher";
import { ThemeSwitcher } from "@/components/layout/theme-switcher";
import { PasswordForm } from "@/components/profile/password-form";
import { Card, PageHeader } from "@/components/ui/card";
import { requireActor } from "@/lib/auth/session";
import { CalendarFeedCard } from "@/components/activities/calendar-feed-card";
import { can } from "@/lib/auth/permissions";
import { hasCalendarFeed } from "@/lib/crm/calendar/save-calendar-feed";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("profile");
  return { title: t("title") };
}

export default async function ProfilePage() {
  const actor = await requireActor();
  const t = await getTranslations();
  const feed = can(actor, "crm.read") ? await hasCalendarFeed({ actor }) : null;
  return (
    <div>
      <Breadcrumbs items={[{ label: t("profile.title") }]} />
      <PageHeader title={t("profile.title")} description={`${actor.name} · ${actor.email} · ${t(`common.roles.${actor.role}`)}`} />
      <div className="grid gap-6 lg:grid-cols-2">
        <Card>
          <h2 className="mb-4 font-medium">{t("profile.preferences")}</h2>
          <div className="max-w-xs space-y-3">
            <LocaleSwitcher />
            <ThemeSwitcher />
          </div>
        </Card>
        <Card>
          <h2 className="mb-4 font-medium">{t("profile.changePassword")}</h2>
          <PasswordForm />
        </Card>
        {feed !== null && (
          <Card>
            <h2 className="mb-4 font-medium">{t("activities.feed.title")}</h2>
            <CalendarFeedCard active={feed} />
          </Card>
        )}
      </div>
    </div>
  );
}
