import { describe, expect, it } from "vitest";
import { buildEmailPayload, EmailPayload, INLINE_ATTACHMENT_BYTES } from "./email-payload";

const noStore = async (): Promise<string> => {
  throw new Error("should not store");
};

describe("buildEmailPayload", () => {
  it("normalises recipients and keeps small attachments inline as base64", async () => {
    const payload = await buildEmailPayload(
      { to: " a@example.com ", subject: "报价单\r\nBcc: x@evil", text: "你好", attachments: [{ filename: "q.pdf", contentType: "application/pdf", content: Buffer.from("%PDF-1.7") }] },
      noStore,
    );
    expect(payload.to).toEqual(["a@example.com"]);
    expect(payload.subject).toBe("报价单 Bcc: x@evil");
    expect(payload.attachments).toEqual([{ filename: "q.pdf", contentType: "application/pdf", base64: Buffer.from("%PDF-1.7").toString("base64") }]);
  });

  it("moves large attachments to a stored file", async () => {
    const big = new Uint8Array(INLINE_ATTACHMENT_BYTES + 1);
    const stored: number[] = [];
    const payload = await buildEmailPayload({ to: ["b@example.com"], subject: "s", text: "t", attachments: [{ filename: "big.pdf", content: big }] }, async (c) => {
      stored.push(c.byteLength);
      return "0123456789abcdef0123456789abcdef.bin";
    });
    expect(stored).toEqual([INLINE_ATTACHMENT_BYTES + 1]);
    expect(payload.attachments).toEqual([{ filename: "big.pdf", file: "0123456789abcdef0123456789abcdef.bin" }]);
    expect(JSON.stringify(payload).length).toBeLessThan(200);
  });

  it("rejects a message without recipients", async () => {
    await expect(buildEmailPayload({ to: [" "], subject: "s", text: "t" }, noStore)).rejects.toThrow();
  });

  it("never accepts a file reference that could leave the attachments folder", () => {
    expect(EmailPayload.safeParse({ to: ["a@b.c"], subject: "s", text: "t", attachments: [{ filename: "x", file: "../../etc/passwd" }] }).success).toBe(false);
  });
});
