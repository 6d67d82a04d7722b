// The contract between the outbox runner and the code that performs one kind of job.

export type JobContext = {
  id: string;
  kind: string;
  event: string;
  webhookId: string | null;
  dedupeKey: string | null;
  /** Attempts made before this one. */
  attempts: number;
};

/** What a handler may report on success (e.g. the HTTP status a webhook receiver answered). */
export type JobResult = void | { responseCode?: number };

export type JobHandler = (payload: unknown, job: JobContext) => Promise<JobResult>;

/**
 * A failure a handler explains: the response code goes to the delivery log, and `permanent`
 * skips the remaining retries (a payload that can never succeed).
 */
export class JobError extends Error {
  readonly responseCode: number | undefined;
  readonly permanent: boolean;

  constructor(message: string, options: { responseCode?: number; permanent?: boolean; cause?: unknown } = {}) {
    super(message, { cause: options.cause });
    this.name = "JobError";
    this.responseCode = options.responseCode;
    this.permanent = options.permanent ?? false;
  }
}
