import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { Badge, Card, PageHeader } from "@/components/ui/card";
import { UserForm } from "@/components/users/user-form";
import { getActor, requirePermission } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { NotFoundError } from "@/lib/errors";
import { findTeamOptions } from "@/lib/settings/users/find-team-options";
import { findUser } from "@/lib/settings/users/find-user";

type Props = { params: Promise<{ id: string }> };

async function load(id: string) {
  const actor = await requirePermission("settings.users.manage");
  try {
    return { actor, user: await findUser({ actor, id }) };
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  // Nothing about the record in the title unless the viewer may see it.
  const actor = await getActor();
  if (!can(actor, "settings.users.manage")) return {};
  const { user } = await load((await params).id);
  return { title: user.name };
}

export default async function EditUserPage({ params }: Props) {
  const { actor, user } = await load((await params).id);
  const teams = await findTeamOptions({ actor });
  const t = await getTranslations("users");
  const ts = await getTranslations("settings");
  const format = await getFormatter();
  const when = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeStyle: "short" });

  return (
    <div>
      <Breadcrumbs items={[{ label: ts("title"), href: "/app/settings" }, { label: t("title"), href: "/app/settings/users" }, { label: user.name }]} />
      <PageHeader title={user.name} description={t("editDescription")} actions={user.active ? <Badge tone="green">{t("active")}</Badge> : <Badge tone="red">{t("inactive")}</Badge>} />
      <Card>
        <p className="mb-4 text-xs text-slate-500">
          {t("meta.createdAt", { date: when(user.createdAt) })} · {user.lastLoginAt ? t("meta.lastLoginAt", { date: when(user.lastLoginAt) }) : t("meta.neverSignedIn")}
        </p>
        <UserForm
          key={user.id}
          teams={teams}
          user={{ id: user.id, name: user.name, email: user.email, role: user.role, teamId: user.teamId ?? "", locale: user.locale, active: user.active }}
        />
      </Card>
    </div>
  );
}
