// The jobs worker (reminders, then the email/webhook outbox) as its own process — run it with
// CARRACK_JOBS=0 on the app instances, or once from cron:
//   npx tsx --conditions=react-server scripts/run-jobs.ts [--once]
async function main() {
  // .env first: the database module reads DATABASE_URL when it is imported.
  const { loadEnv } = await import("./env.mjs");
  loadEnv();
  const { db } = await import("@/lib/db/client");
  const { workerTick } = await import("@/lib/jobs/worker");

  const once = process.argv.includes("--once");
  const interval = Math.max(500, Number(process.env.CARRACK_JOBS_INTERVAL_MS) || 5_000);
  let stopping = false;
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => (stopping = true));

  do {
    const r = await workerTick();
    console.log(`${new Date().toISOString()} reminders ${r.reminders}, sent ${r.sent}, retried ${r.retried}, dead ${r.dead}`);
    if (once) break;
    for (let waited = 0; waited < interval && !stopping; waited += 250) await new Promise((resolve) => setTimeout(resolve, 250));
  } while (!stopping);
  await db.$disconnect();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});

export {}; // a module, not a global script (its main() would clash with others)
