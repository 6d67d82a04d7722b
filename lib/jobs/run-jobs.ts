import "server-only";
import { db } from "@/lib/db/client";
import { log } from "@/lib/log";
import { afterFailure, MAX_ATTEMPTS } from "./backoff";
import { claimJobs, type ClaimedJob, type ClaimOptions } from "./claim-jobs";
import { JobError, type JobHandler } from "./job-handler";
import { jobHandler } from "./handlers";

export type RunOptions = ClaimOptions & {
  /** Jobs run at the same time within one batch (slow SMTP or webhook receivers overlap). */
  concurrency?: number;
  /** Overrides the registry (tests). */
  handlerFor?: (kind: string) => JobHandler | undefined;
  clock?: () => Date;
};

export type RunSummary = { claimed: number; sent: number; retried: number; dead: number };

/** Claims one batch of due jobs and runs each through its handler. */
export async function runJobs(options: RunOptions = {}): Promise<RunSummary> {
  const clock = options.clock ?? (() => new Date());
  const jobs = await claimJobs({ ...options, now: options.now ?? clock() });
  const summary: RunSummary = { claimed: jobs.length, sent: 0, retried: 0, dead: 0 };
  const queue = [...jobs];
  const lanes = Array.from({ length: Math.max(1, Math.min(options.concurrency ?? 4, jobs.length)) }, async () => {
    for (let job = queue.shift(); job; job = queue.shift()) {
      const outcome = await runOne(job, options.handlerFor ?? jobHandler, clock);
      summary[outcome] += 1;
    }
  });
  await Promise.all(lanes);
  return summary;
}

async function runOne(job: ClaimedJob, handlerFor: (kind: string) => JobHandler | undefined, clock: () => Date): Promise<"sent" | "retried" | "dead"> {
  const lease = { id: job.id, lockedUntil: job.lockedUntil };
  try {
    const handler = handlerFor(job.kind);
    if (!handler) throw new JobError(`no handler for job kind "${job.kind}"`);
    const result = await handler(parsePayload(job.payload), {
      id: job.id,
      kind: job.kind,
      event: job.event,
      webhookId: job.webhookId,
      dedupeKey: job.dedupeKey,
      attempts: job.attempts,
    });
    await db.outboxMessage.updateMany({
      where: lease,
      data: { status: "sent", sentAt: clock(), attempts: job.attempts + 1, lockedUntil: null, lastError: "", responseCode: result?.responseCode ?? null },
    });
    return "sent";
  } catch (error) {
    const attempts = job.attempts + 1;
    const permanent = error instanceof JobError && error.permanent;
    const next = afterFailure(permanent ? MAX_ATTEMPTS : attempts, clock());
    const message = error instanceof Error ? error.message : String(error);
    await db.outboxMessage.updateMany({
      where: lease,
      data: {
        status: next.status,
        attempts,
        nextAttemptAt: next.nextAttemptAt,
        lockedUntil: null,
        lastError: message.slice(0, 2000),
        responseCode: error instanceof JobError ? (error.responseCode ?? null) : null,
      },
    });
    log.warn({ job: job.id, kind: job.kind, attempts, status: next.status, err: message }, "outbox job failed");
    return next.status === "dead" ? "dead" : "retried";
  }
}

function parsePayload(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (cause) {
    throw new JobError("payload is not JSON", { permanent: true, cause });
  }
}
