import "server-only";
import { dbReady } from "@/lib/db/client";
import { log } from "@/lib/log";
import { companyDay } from "@/lib/pricing/company-day";
import { expireQuotes } from "@/lib/sales/quotes/expire-quotes";
import { runJobs } from "./run-jobs";
import { scanReminders } from "./scan-reminders";

/** One pass of background work: due reminders first (they enqueue emails), then the outbox. */
export async function workerTick(now: Date = new Date()): Promise<{ reminders: number; sent: number; retried: number; dead: number }> {
  await dbReady();
  const reminders = await scanReminders({ now });
  // Quotes past their validity day expire automatically (one conditional UPDATE).
  await expireQuotes({ today: companyDay(now) });
  let sent = 0;
  let retried = 0;
  let dead = 0;
  // Drain what is due now, batch by batch, but never forever within one tick.
  for (let batch = 0; batch < 10; batch++) {
    const r = await runJobs({ limit: 20 });
    sent += r.sent;
    retried += r.retried;
    dead += r.dead;
    if (r.claimed < 20) break;
  }
  return { reminders, sent, retried, dead };
}

const state = globalThis as unknown as { carrackWorker?: { timer: NodeJS.Timeout } };

/**
 * Starts the in-process worker (once per process): a tick every CARRACK_JOBS_INTERVAL_MS
 * (default 5 s), never two ticks at once. Several app instances may each run one; claims and
 * conditional updates keep them from doing a job twice. CARRACK_JOBS=0 turns it off.
 */
export function startJobWorker(): boolean {
  if (process.env.CARRACK_JOBS === "0" || state.carrackWorker) return false;
  const interval = Math.max(500, Number(process.env.CARRACK_JOBS_INTERVAL_MS) || 5_000);
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      const r = await workerTick();
      if (r.reminders || r.sent || r.retried || r.dead) log.info(r, "jobs worker tick");
    } catch (error) {
      log.error({ err: error }, "jobs worker tick failed");
    } finally {
      running = false;
    }
  };
  const timer = setInterval(tick, interval);
  timer.unref();
  state.carrackWorker = { timer };
  setTimeout(tick, 1_000).unref();
  log.info({ intervalMs: interval }, "jobs worker started");
  return true;
}

export function stopJobWorker(): void {
  if (state.carrackWorker) clearInterval(state.carrackWorker.timer);
  state.carrackWorker = undefined;
}
