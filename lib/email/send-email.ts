import "server-only";
import { randomBytes } from "node:crypto";
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import path from "node:path";
import nodemailer from "nodemailer";
import type { Transporter } from "nodemailer";
import type Mail from "nodemailer/lib/mailer";
import { ATTACHMENT_FILE, type EmailPayload } from "./email-payload";
import { attachmentFilesDir, emlOutboxDir } from "./mail-dirs";

export type SentEmail = { messageId: string; /** the .eml file when no SMTP server is configured */ file?: string };

const DEFAULT_FROM = "Carrack <no-reply@carrack.invalid>";

let cached: { url: string; transport: Transporter } | undefined;

function smtpTransport(url: string): Transporter {
  if (cached?.url !== url) {
    cached?.transport.close();
    cached = { url, transport: nodemailer.createTransport(url) };
  }
  return cached.transport;
}

/**
 * Sends one message now: over SMTP when SMTP_URL is set (smtp:// or smtps://), otherwise it is
 * written as a real RFC 5322 message to <data dir>/outbox/<time>-<random>.eml so nothing is lost.
 * Callers in business code enqueue instead (enqueueEmail), so a send follows the commit.
 */
export async function sendEmail(message: EmailPayload): Promise<SentEmail> {
  const mail: Mail.Options = {
    from: process.env.SMTP_FROM?.trim() || DEFAULT_FROM,
    to: message.to,
    subject: message.subject,
    text: message.text,
    ...(message.html !== undefined ? { html: message.html } : {}),
    ...(message.replyTo ? { replyTo: message.replyTo } : {}),
    attachments: await Promise.all((message.attachments ?? []).map(toNodemailer)),
  };

  const url = process.env.SMTP_URL?.trim();
  if (url) {
    const info = await smtpTransport(url).sendMail(mail);
    return { messageId: info.messageId };
  }

  const info = await nodemailer.createTransport({ streamTransport: true, buffer: true, newline: "windows" }).sendMail(mail);
  const dir = emlOutboxDir();
  await mkdir(dir, { recursive: true });
  const file = path.join(dir, `${new Date().toISOString().replace(/[:.]/g, "-")}-${randomBytes(4).toString("hex")}.eml`);
  await writeFile(`${file}.tmp`, info.message as Buffer);
  // Rename after the write, so a reader of the folder never sees half a message.
  await rename(`${file}.tmp`, file);
  return { messageId: info.messageId, file };
}

async function toNodemailer(a: NonNullable<EmailPayload["attachments"]>[number]): Promise<Mail.Attachment> {
  const base = { filename: a.filename, ...(a.contentType ? { contentType: a.contentType } : {}) };
  if ("base64" in a) return { ...base, content: Buffer.from(a.base64, "base64") };
  if (!ATTACHMENT_FILE.test(a.file)) throw new Error("bad attachment file name");
  return { ...base, content: await readFile(path.join(attachmentFilesDir(), a.file)) };
}
