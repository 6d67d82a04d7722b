// A second app process for the cross-process test in lib/db/two-processes.int.test.ts:
// increments the counter team's name N times with read-then-write transactions.
import { dbReady } from "@/lib/db/client";
import { incrementCounter } from "./counter";

async function main() {
  await dbReady();
  const [teamId, times] = [process.argv[2], Number(process.argv[3])];
  await Promise.all(Array.from({ length: times }, () => incrementCounter(teamId)));
  process.exit(0);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
