// Next.js calls register() once when a server process starts. The jobs worker (reminders, the
// email/webhook outbox) runs inside the app process on the Node.js runtime; CARRACK_JOBS=0 turns
// it off (e.g. when a separate `scripts/run-jobs.ts` process does the work).
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  if (process.env.CARRACK_JOBS === "0" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { startJobWorker } = await import("./lib/jobs/worker");
  startJobWorker();
}
