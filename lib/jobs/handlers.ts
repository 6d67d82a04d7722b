import "server-only";
import { deliverWebhook } from "@/lib/api/webhooks/deliver-webhook";
import { sendEmailJob } from "@/lib/email/send-email-job";
import type { JobHandler } from "./job-handler";

/**
 * Every outbox job kind and the function that performs it. A new kind is one line here
 * (e.g. `webhook: deliverWebhook,`). Tests may add handlers with registerJobHandler.
 */
const JOB_HANDLERS: Record<string, JobHandler> = {
  email: sendEmailJob,
  webhook: (payload, job) => deliverWebhook(payload, job),
};

const extra = new Map<string, JobHandler>();

/** Adds or replaces a handler at run time (tests, plug-ins). */
export function registerJobHandler(kind: string, handler: JobHandler): void {
  extra.set(kind, handler);
}

export function jobHandler(kind: string): JobHandler | undefined {
  return extra.get(kind) ?? (Object.hasOwn(JOB_HANDLERS, kind) ? JOB_HANDLERS[kind] : undefined);
}

export function jobKinds(): string[] {
  return [...new Set([...Object.keys(JOB_HANDLERS), ...extra.keys()])].sort();
}
