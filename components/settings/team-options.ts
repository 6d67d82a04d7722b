import type { FlatNode, TeamLink } from "@/lib/domain/team-tree";

/** Teams as select options in tree order, indented by depth (selects cannot nest). */
export function teamOptions<T extends TeamLink & { name: string }>(teams: FlatNode<T>[], exclude: Set<string> = new Set()) {
  return teams.filter((t) => !exclude.has(t.id)).map((t) => ({ value: t.id, label: `${"\u00a0\u00a0\u00a0".repeat(t.depth)}${t.name}` }));
}
