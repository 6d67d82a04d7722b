// The team tree as pure data: cycle checks before a move, and a depth-first flattening for
// indented display. No I/O, so it is unit tested (team-tree.test.ts).

export type TeamLink = { id: string; parentId: string | null };

/**
 * True when putting `teamId` under `newParentId` would close a loop: the new parent is the team
 * itself or one of its descendants. Walks up from the new parent, so bad data (an existing
 * cycle) cannot loop forever.
 */
export function wouldCreateCycle(teams: readonly TeamLink[], teamId: string, newParentId: string | null): boolean {
  if (newParentId === null) return false;
  const parentOf = new Map(teams.map((t) => [t.id, t.parentId]));
  const seen = new Set<string>();
  let current: string | null = newParentId;
  while (current !== null) {
    if (current === teamId) return true;
    if (seen.has(current)) return false; // a loop that does not involve teamId: not ours to report
    seen.add(current);
    current = parentOf.get(current) ?? null;
  }
  return false;
}

/** Ids of the team and everything below it (to keep a team's own subtree out of its parent choices). */
export function descendantsAndSelf(teams: readonly TeamLink[], teamId: string): Set<string> {
  const children = new Map<string, string[]>();
  for (const t of teams) {
    if (t.parentId === null) continue;
    const list = children.get(t.parentId);
    if (list) list.push(t.id);
    else children.set(t.parentId, [t.id]);
  }
  const out = new Set<string>();
  const stack = [teamId];
  while (stack.length) {
    const id = stack.pop()!;
    if (out.has(id)) continue;
    out.add(id);
    stack.push(...(children.get(id) ?? []));
  }
  return out;
}

export type FlatNode<T> = T & { depth: number };

/**
 * The tree in display order: each team followed by its sub-teams, siblings sorted by `compare`,
 * with their depth. Teams whose parent is missing (or that sit in a cycle) are shown at the top
 * level rather than dropped, so bad data stays visible and fixable.
 */
export function flattenTree<T extends TeamLink>(teams: readonly T[], compare: (a: T, b: T) => number): FlatNode<T>[] {
  const ids = new Set(teams.map((t) => t.id));
  const children = new Map<string | null, T[]>();
  for (const t of teams) {
    const key = t.parentId !== null && ids.has(t.parentId) ? t.parentId : null;
    const list = children.get(key);
    if (list) list.push(t);
    else children.set(key, [t]);
  }
  for (const list of children.values()) list.sort(compare);

  const out: FlatNode<T>[] = [];
  const placed = new Set<string>();
  const visit = (team: T, depth: number) => {
    if (placed.has(team.id)) return;
    placed.add(team.id);
    out.push({ ...team, depth });
    for (const child of children.get(team.id) ?? []) visit(child, depth + 1);
  };
  for (const root of children.get(null) ?? []) visit(root, 0);
  // Members of a parent cycle never hang from a root: show them at the top level.
  for (const t of [...teams].sort(compare)) visit(t, 0);
  return out;
}
