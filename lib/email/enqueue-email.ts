import "server-only";
import { randomBytes } from "node:crypto";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import type { Tx } from "@/lib/db/client";
import { enqueue, type Enqueued } from "@/lib/jobs/enqueue";
import { buildEmailPayload, type EmailAttachmentInput } from "./email-payload";
import { attachmentFilesDir } from "./mail-dirs";

export type EnqueueEmailInput = {
  to: string | string[];
  subject: string;
  text: string;
  html?: string;
  replyTo?: string;
  /** Quotes and invoices attach their PDFs here. */
  attachments?: EmailAttachmentInput[];
  dedupeKey?: string;
  runAt?: Date;
};

/**
 * Queues an email in the caller's transaction; the worker sends it after the commit (and
 * retries with backoff). Large attachments are written to <data dir>/outbox-files first; if the
 * transaction then rolls back, such a file is left over unused (harmless, and never referenced).
 */
export async function enqueueEmail(tx: Tx, input: EnqueueEmailInput): Promise<Enqueued> {
  const payload = await buildEmailPayload(input, storeAttachment);
  return enqueue(tx, { kind: "email", payload, dedupeKey: input.dedupeKey, runAt: input.runAt });
}

async function storeAttachment(content: Uint8Array): Promise<string> {
  const dir = attachmentFilesDir();
  await mkdir(dir, { recursive: true });
  const name = `${randomBytes(16).toString("hex")}.bin`;
  await writeFile(path.join(dir, name), content);
  return name;
}
