import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { Badge, Card, PageHeader } from "@/components/ui/card";
import { ConfirmDeleteForm } from "@/components/ui/confirm-delete-form";
import { deleteTeamAction } from "@/lib/actions/teams";
import { TeamForm } from "@/components/settings/team-form";
import { teamOptions } from "@/components/settings/team-options";
import type { Actor } from "@/lib/auth/actor";
import { requirePermission } from "@/lib/auth/session";
import { descendantsAndSelf } from "@/lib/domain/team-tree";
import { NotFoundError } from "@/lib/errors";
import { findManagerCandidates } from "@/lib/settings/teams/find-manager-candidates";
import { findTeam } from "@/lib/settings/teams/find-team";
import { findTeams } from "@/lib/settings/teams/find-teams";

type Params = { params: Promise<{ id: string }> };

async function load(actor: Actor, id: string) {
  try {
    return await findTeam({ actor, id });
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const actor = await requirePermission("settings.teams.manage");
  const team = await load(actor, (await params).id);
  return { title: team.name };
}

export default async function TeamPage({ params }: Params) {
  const actor = await requirePermission("settings.teams.manage");
  const { id } = await params;
  const team = await load(actor, id);
  const t = await getTranslations("teams");
  const ts = await getTranslations("settings");
  const tc = await getTranslations("common");
  const [teams, candidates] = await Promise.all([findTeams({ actor, locale: await getLocale() }), findManagerCandidates({ actor })]);

  // A team cannot move under itself or its own sub-teams; the server checks this again.
  const parents = teamOptions(teams, descendantsAndSelf(teams, team.id));
  const managers = candidates.map((m) => ({ value: m.id, label: m.name }));
  // Keep a current manager who no longer qualifies selectable, so saving a rename does not drop them.
  if (team.manager && !candidates.some((c) => c.id === team.manager!.id)) {
    managers.unshift({ value: team.manager.id, label: t("managerInactive", { name: team.manager.name }) });
  }

  return (
    <div>
      <Breadcrumbs items={[{ label: ts("title"), href: "/app/settings" }, { label: t("title"), href: "/app/settings/teams" }, { label: team.name }]} />
      <PageHeader title={team.name} description={`${t("memberCount", { count: team.members.length })} · ${t("subteamCount", { count: team.childCount })}`} />
      <div className="grid gap-6 lg:grid-cols-[22rem_1fr]">
        <div className="space-y-6">
          <Card>
            <h2 className="mb-3 text-sm font-medium text-slate-500">{t("editTitle")}</h2>
            <TeamForm team={{ id: team.id, name: team.name, parentId: team.parentId ?? "", managerId: team.managerId ?? "" }} parents={parents} managers={managers} />
          </Card>
          <Card>
            <h2 className="mb-1 text-sm font-medium text-slate-500">{t("deleteTitle")}</h2>
            <p className="mb-3 text-sm text-slate-500">{t("deleteHint")}</p>
            <ConfirmDeleteForm action={deleteTeamAction} id={team.id} label={t("delete")} confirm={t("deleteConfirm", { name: team.name })} testId="delete-team" />
          </Card>
        </div>
        <Card>
          <h2 className="mb-3 text-sm font-medium text-slate-500">{t("members")}</h2>
          {team.members.length === 0 ? (
            <p className="text-sm text-slate-500">{t("noMembers")}</p>
          ) : (
            <table className="w-full text-sm" data-testid="team-member-list">
              <thead>
                <tr className="border-b border-slate-200 text-left text-xs uppercase text-slate-500 dark:border-slate-700">
                  <th className="py-2 font-medium">{t("name")}</th>
                  <th className="py-2 font-medium">{t("email")}</th>
                  <th className="py-2 font-medium">{t("role")}</th>
                </tr>
              </thead>
              <tbody>
                {team.members.map((m) => (
                  <tr key={m.id} className="border-b border-slate-100 last:border-0 dark:border-slate-800">
                    <td className="py-2">
                      <Link href={`/app/settings/users/${m.id}`} className="text-brand-600 hover:underline dark:text-blue-400">
                        {m.name}
                      </Link>
                      {!m.active && <span className="ml-2"><Badge tone="amber">{t("inactive")}</Badge></span>}
                    </td>
                    <td className="py-2 text-slate-600 dark:text-slate-300">{m.email}</td>
                    <td className="py-2">{tc(`roles.${m.role}` as "roles.admin")}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </Card>
      </div>
    </div>
  );
}
