import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { Card, PageHeader } from "@/components/ui/card";
import { UserForm } from "@/components/users/user-form";
import { requirePermission } from "@/lib/auth/session";
import { findTeamOptions } from "@/lib/settings/users/find-team-options";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("users");
  return { title: t("newTitle") };
}

export default async function NewUserPage() {
  const actor = await requirePermission("settings.users.manage");
  const teams = await findTeamOptions({ actor });
  const t = await getTranslations("users");
  const ts = await getTranslations("settings");
  return (
    <div>
      <Breadcrumbs items={[{ label: ts("title"), href: "/app/settings" }, { label: t("title"), href: "/app/settings/users" }, { label: t("newTitle") }]} />
      <PageHeader title={t("newTitle")} description={t("newDescription")} />
      <Card>
        <UserForm teams={teams} />
      </Card>
    </div>
  );
}
