import { lockRows, transact } from "@/lib/db/transact";

/**
 * The classic lost-update shape: read a value, then write value + 1 in the same transaction.
 * Correct only when the unit of work serializes writers (SQLite write lock, PostgreSQL row lock).
 */
export function incrementCounter(teamId: string): Promise<void> {
  return transact(async (tx) => {
    await lockRows(tx, "Team", [teamId]);
    const team = await tx.team.findUniqueOrThrow({ where: { id: teamId }, select: { name: true } });
    await new Promise((r) => setTimeout(r, 2)); // widen the race window
    await tx.team.update({ where: { id: teamId }, data: { name: String(Number(team.name) + 1) } });
  });
}
