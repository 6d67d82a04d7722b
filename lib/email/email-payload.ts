import { z } from "zod";

// The payload of an "email" outbox job. Pure (no I/O) so it is unit tested.

/** Attachments up to this size travel inside the job payload (base64); larger ones as files. */
export const INLINE_ATTACHMENT_BYTES = 64 * 1024;

export const ATTACHMENT_FILE = /^[a-f0-9]{32}\.bin$/;

const Attachment = z.union([
  z.object({ filename: z.string().min(1).max(255), contentType: z.string().max(255).optional(), base64: z.string() }),
  // A file in the outbox-files folder; the name is ours (random hex), never caller text.
  z.object({ filename: z.string().min(1).max(255), contentType: z.string().max(255).optional(), file: z.string().regex(ATTACHMENT_FILE) }),
]);

export const EmailPayload = z.object({
  to: z.array(z.string().min(3).max(320)).min(1).max(50),
  subject: z.string().max(998),
  text: z.string(),
  html: z.string().optional(),
  replyTo: z.string().max(320).optional(),
  attachments: z.array(Attachment).max(20).optional(),
});
export type EmailPayload = z.infer<typeof EmailPayload>;
export type PayloadAttachment = z.infer<typeof Attachment>;

export type EmailAttachmentInput = { filename: string; contentType?: string; content: Uint8Array };

/**
 * Builds the stored payload. Large attachments are handed to `store`, which writes them to a
 * file and returns its name, so outbox rows stay small.
 */
export async function buildEmailPayload(
  input: { to: string | string[]; subject: string; text: string; html?: string; replyTo?: string; attachments?: EmailAttachmentInput[] },
  store: (content: Uint8Array) => Promise<string>,
): Promise<EmailPayload> {
  const to = (Array.isArray(input.to) ? input.to : [input.to]).map((a) => a.trim()).filter(Boolean);
  const attachments: PayloadAttachment[] = [];
  for (const a of input.attachments ?? []) {
    const base = { filename: a.filename, ...(a.contentType ? { contentType: a.contentType } : {}) };
    if (a.content.byteLength <= INLINE_ATTACHMENT_BYTES) attachments.push({ ...base, base64: Buffer.from(a.content).toString("base64") });
    else attachments.push({ ...base, file: await store(a.content) });
  }
  return EmailPayload.parse({
    to,
    subject: input.subject.replace(/[\r\n]+/g, " "),
    text: input.text,
    ...(input.html !== undefined ? { html: input.html } : {}),
    ...(input.replyTo ? { replyTo: input.replyTo } : {}),
    ...(attachments.length ? { attachments } : {}),
  });
}
