import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { FlatNode } from "@/lib/domain/team-tree";
import type { TeamRow } from "@/lib/settings/teams/find-teams";

/** The team tree as an indented table: each team above its sub-teams. */
export async function TeamTree({ teams }: { teams: FlatNode<TeamRow>[] }) {
  const t = await getTranslations("teams");
  if (teams.length === 0) return <p className="text-sm text-slate-500">{t("empty")}</p>;
  return (
    <table className="w-full text-sm" data-testid="team-tree">
      <thead>
        <tr className="border-b border-slate-200 text-left text-xs uppercase text-slate-500 dark:border-slate-700">
          <th className="py-2 font-medium">{t("name")}</th>
          <th className="py-2 font-medium">{t("manager")}</th>
          <th className="py-2 text-right font-medium">{t("members")}</th>
        </tr>
      </thead>
      <tbody>
        {teams.map((team) => (
          <tr key={team.id} data-testid="team-node" data-depth={team.depth} className="border-b border-slate-100 last:border-0 dark:border-slate-800">
            <td className="py-2" style={{ paddingLeft: `${team.depth * 1.5}rem` }}>
              {team.depth > 0 && (
                <span aria-hidden className="mr-1.5 text-slate-400">
                  └
                </span>
              )}
              <Link href={`/app/settings/teams/${team.id}`} className="font-medium text-brand-600 hover:underline dark:text-blue-400">
                {team.name}
              </Link>
            </td>
            <td className="py-2 text-slate-600 dark:text-slate-300" data-testid="team-manager">
              {team.manager?.name ?? <span className="text-slate-400">{t("noManager")}</span>}
            </td>
            <td className="py-2 text-right tabular-nums" data-testid="team-members">
              {team.memberCount}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
