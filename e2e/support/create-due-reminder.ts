// For e2e/notifications.spec.ts, run against the e2e database (never the app's HTTP surface):
//   npx tsx --conditions=react-server e2e/support/create-due-reminder.ts <owner email> <subject>
// Creates a task on one of the owner's accounts whose reminder is already due, so the running
// app's jobs worker picks it up on its next tick. Prints {"activityId","accountId"}.
// (Until the activities feature has its service, the row is written directly.)
async function main() {
  const [email, subject] = process.argv.slice(2);
  if (!email || !subject) throw new Error("usage: create-due-reminder.ts <owner email> <subject>");
  const { db, dbReady } = await import("@/lib/db/client");
  await dbReady();
  const owner = await db.user.findUniqueOrThrow({ where: { email }, select: { id: true, teamId: true } });
  const account = await db.account.findFirstOrThrow({ where: { ownerId: owner.id }, select: { id: true }, orderBy: { code: "asc" } });
  const now = Date.now();
  const activity = await db.activity.create({
    data: { type: "task", subject, ownerId: owner.id, teamId: owner.teamId, accountId: account.id, dueAt: new Date(now + 3_600_000), remindAt: new Date(now - 60_000) },
    select: { id: true },
  });
  console.log(JSON.stringify({ activityId: activity.id, accountId: account.id }));
  await db.$disconnect();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});

export {}; // a module, not a global script (its main() would clash with others)
