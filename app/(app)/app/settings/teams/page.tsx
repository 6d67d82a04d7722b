import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { Card, PageHeader } from "@/components/ui/card";
import { TeamForm } from "@/components/settings/team-form";
import { TeamTree } from "@/components/settings/team-tree";
import { requirePermission } from "@/lib/auth/session";
import { findManagerCandidates } from "@/lib/settings/teams/find-manager-candidates";
import { findTeams } from "@/lib/settings/teams/find-teams";
import { teamOptions } from "@/components/settings/team-options";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("teams");
  return { title: t("title") };
}

export default async function TeamsPage() {
  const actor = await requirePermission("settings.teams.manage");
  const t = await getTranslations("teams");
  const ts = await getTranslations("settings");
  const [teams, managers] = await Promise.all([findTeams({ actor, locale: await getLocale() }), findManagerCandidates({ actor })]);

  return (
    <div>
      <Breadcrumbs items={[{ label: ts("title"), href: "/app/settings" }, { label: t("title") }]} />
      <PageHeader title={t("title")} description={t("description")} />
      <div className="grid gap-6 lg:grid-cols-[1fr_22rem]">
        <Card>
          <h2 className="mb-3 text-sm font-medium text-slate-500">{t("tree")}</h2>
          <TeamTree teams={teams} />
        </Card>
        <Card>
          <h2 className="mb-3 text-sm font-medium text-slate-500">{t("create")}</h2>
          <TeamForm parents={teamOptions(teams)} managers={managers.map((m) => ({ value: m.id, label: m.name }))} />
        </Card>
      </div>
      <p className="mt-3 text-sm text-slate-500">{t("scopeNote")}</p>
    </div>
  );
}
