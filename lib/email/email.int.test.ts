import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { simpleParser, type ParsedMail } from "mailparser";
import { SMTPServer } from "smtp-server";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db, dbKind } from "@/lib/db/client";
import { transact } from "@/lib/db/transact";
import { runJobs } from "@/lib/jobs/run-jobs";
import { enqueueEmail } from "./enqueue-email";
import { INLINE_ATTACHMENT_BYTES } from "./email-payload";

// Real delivery: a local SMTP server on a random port receives what the outbox worker sends,
// and mailparser reads it back. Without SMTP_URL the same message lands as an .eml file.

const received: ParsedMail[] = [];
let rejectRecipient = "";
let server: SMTPServer;
let port = 0;
let dataDir = "";

const pdf = Buffer.from("%PDF-1.7\n% 报价单 test\n%%EOF\n");
const bigPdf = Buffer.concat([Buffer.from("%PDF-1.7\n"), Buffer.alloc(INLINE_ATTACHMENT_BYTES + 10, 0x41)]);

beforeAll(async () => {
  server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onRcptTo(address, _session, callback) {
      if (address.address === rejectRecipient) return callback(Object.assign(new Error("no such mailbox"), { responseCode: 550 }));
      callback();
    },
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((mail) => {
          received.push(mail);
          callback();
        })
        .catch(callback);
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.server.address() as AddressInfo).port;
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

beforeEach(async () => {
  received.length = 0;
  dataDir = await mkdtemp(path.join(tmpdir(), "carrack-mail-"));
  process.env.CARRACK_DATA_DIR = dataDir;
  process.env.SMTP_FROM = "Carrack 销售 <sales@carrack.test>";
  await db.outboxMessage.deleteMany({});
});

afterEach(async () => {
  delete process.env.SMTP_URL;
  delete process.env.SMTP_FROM;
  delete process.env.CARRACK_DATA_DIR;
  await rm(dataDir, { recursive: true, force: true });
});

async function queueQuoteEmail(to = "buyer@customer.test") {
  return transact((tx) =>
    enqueueEmail(tx, {
      to,
      subject: "报价单 Q-2026-00001 / Quote",
      text: "您好，附件是报价单。\nHello, the quote is attached.",
      html: "<p>您好，<b>报价单</b></p>",
      attachments: [
        { filename: "报价单-Q-2026-00001.pdf", contentType: "application/pdf", content: pdf },
        { filename: "big.pdf", contentType: "application/pdf", content: bigPdf },
      ],
    }),
  );
}

describe(`email on ${dbKind}`, () => {
  it("delivers a queued email over SMTP with Chinese text and attachments intact", async () => {
    process.env.SMTP_URL = `smtp://127.0.0.1:${port}`;
    const { id } = await queueQuoteEmail();
    const row = await db.outboxMessage.findUniqueOrThrow({ where: { id } });
    expect(row.payload.length).toBeLessThan(2_000); // the big attachment waits in a file
    expect(await readdir(path.join(dataDir, "outbox-files"))).toHaveLength(1);

    expect(await runJobs()).toMatchObject({ claimed: 1, sent: 1 });

    expect(received).toHaveLength(1);
    const mail = received[0];
    expect(mail.subject).toBe("报价单 Q-2026-00001 / Quote");
    expect(mail.text).toContain("您好，附件是报价单。");
    expect(mail.html).toContain("<b>报价单</b>");
    expect(mail.from?.text).toContain("Carrack 销售");
    expect(mail.to && !Array.isArray(mail.to) ? mail.to.text : "").toContain("buyer@customer.test");
    expect(mail.attachments.map((a) => a.filename)).toEqual(["报价单-Q-2026-00001.pdf", "big.pdf"]);
    expect(mail.attachments[0].content.equals(pdf)).toBe(true);
    expect(mail.attachments[1].content.equals(bigPdf)).toBe(true);
    expect(await db.outboxMessage.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "sent", attempts: 1 });
    // Sent: the attachment file is cleaned up.
    expect(await readdir(path.join(dataDir, "outbox-files"))).toHaveLength(0);
  });

  it("an SMTP refusal is logged with its code and retried later", async () => {
    process.env.SMTP_URL = `smtp://127.0.0.1:${port}`;
    rejectRecipient = "nobody@customer.test";
    try {
      const { id } = await queueQuoteEmail("nobody@customer.test");
      expect(await runJobs()).toMatchObject({ claimed: 1, retried: 1 });
      const row = await db.outboxMessage.findUniqueOrThrow({ where: { id } });
      expect(row).toMatchObject({ status: "pending", attempts: 1, responseCode: 550 });
      expect(row.lastError).toMatch(/no such mailbox/);
      expect(received).toHaveLength(0);
    } finally {
      rejectRecipient = "";
    }
  });

  it("without SMTP_URL writes a real RFC 5322 .eml file under <data dir>/outbox", async () => {
    await queueQuoteEmail();
    expect(await runJobs()).toMatchObject({ sent: 1 });
    const files = (await readdir(path.join(dataDir, "outbox"))).filter((f) => f.endsWith(".eml"));
    expect(files).toHaveLength(1);
    const raw = await readFile(path.join(dataDir, "outbox", files[0]));
    expect(raw.includes(Buffer.from("\r\n"))).toBe(true);
    const mail = await simpleParser(raw);
    expect(mail.subject).toBe("报价单 Q-2026-00001 / Quote");
    expect(mail.text).toContain("Hello, the quote is attached.");
    expect(mail.messageId).toBeTruthy();
    expect(mail.date).toBeInstanceOf(Date);
    expect(mail.attachments.map((a) => [a.filename, a.contentType])).toEqual([
      ["报价单-Q-2026-00001.pdf", "application/pdf"],
      ["big.pdf", "application/pdf"],
    ]);
    expect(mail.attachments[0].content.equals(pdf)).toBe(true);
  });
});
