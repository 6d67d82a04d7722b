import { mkdir, mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import sharp from "sharp";
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { transact } from "@/lib/db/transact";
import { displayMoney, priceLine } from "@/lib/domain/money";
import { EmailPayload } from "@/lib/email/email-payload";
import { attachmentFilesDir } from "@/lib/email/mail-dirs";
import { NotFoundError } from "@/lib/errors";
import { createAccountRow, createContactRow } from "@/lib/testing/crm-factories";
import { actorFor, createActor, createCompany, createUser, uniqueName } from "@/lib/testing/factories";
import { pdfText } from "@/lib/testing/pdf-text";
import { createStockProduct } from "@/lib/testing/stock-factories";
import { enqueueDocumentEmailInTx } from "./email-document";
import { renderDocumentPdf } from "./render-document-pdf";

// The quote PDF and its email: the number, the customer's Chinese name and the totals are in
// the PDF's text; another rep's quote is not found; the outbox holds the PDF as an attachment.

const CUSTOMER = "上海测试贸易有限公司";

let rep: Actor;
let otherRep: Actor;
let manager: Actor;

beforeAll(async () => {
  await createCompany("测试科技有限公司");
  await db.company.update({ where: { id: "company" }, data: { address: "上海市浦东新区世纪大道 100 号", taxId: "91310000MA1TEST01", bankDetails: "中国工商银行上海分行 1001 2345 6789" } });
  rep = await createActor("sales");
  otherRep = await createActor("sales");
  manager = actorFor(await createUser({ role: "admin", locale: "zh-CN" }));
});

type Line = { description: string; quantity: number; unitPrice: number; vatRateBp: number; discountBp?: number; productId?: string };

async function createQuoteRow(ownerId: string, accountId: string, contactId: string | null, revisions: Line[][]) {
  const number = uniqueName("Q").toUpperCase();
  const priced = revisions.map((lines) => lines.map((l) => ({ ...l, p: priceLine({ ...l, discountBp: l.discountBp ?? 0 }, false) })));
  const sum = (lines: (typeof priced)[number], k: "net" | "tax" | "gross") => BigInt(lines.reduce((a, l) => a + l.p[k], 0));
  const last = priced[priced.length - 1];
  return db.quote.create({
    data: {
      number,
      accountId,
      contactId,
      ownerId,
      currentRevision: revisions.length,
      currencyCode: "CNY",
      total: sum(last, "gross"),
      totalBase: sum(last, "gross"),
      validUntil: "2026-12-31",
      createdById: ownerId,
      revisions: {
        create: priced.map((lines, r) => ({
          revision: r + 1,
          currencyCode: "CNY",
          validUntil: "2026-12-31",
          notes: r === 0 ? "第一版" : "含运费，货到付款。",
          terms: "报价有效期 30 天。",
          subtotal: sum(lines, "net"),
          taxTotal: sum(lines, "tax"),
          total: sum(lines, "gross"),
          totalBase: sum(lines, "gross"),
          createdById: ownerId,
          lines: {
            create: lines.map((l, i) => ({
              position: i,
              productId: l.productId ?? null,
              description: l.description,
              quantity: l.quantity,
              unitPrice: l.unitPrice,
              discountBp: l.discountBp ?? 0,
              vatRateBp: l.vatRateBp,
              net: BigInt(l.p.net),
              tax: BigInt(l.p.tax),
              gross: BigInt(l.p.gross),
            })),
          },
        })),
      },
    },
    select: { id: true, number: true },
  });
}

describe("quote PDF", () => {
  it("prints the number, the customer's Chinese name, lines and totals with a VAT line per rate", async () => {
    const account = await createAccountRow({ ownerId: rep.id, name: CUSTOMER });
    const contact = await createContactRow({ accountId: account.id, ownerId: rep.id, name: "王经理" });
    const product = await createStockProduct({ nameZh: "不锈钢阀门" });
    const quote = await createQuoteRow(rep.id, account.id, contact.id, [
      [{ description: "旧版本行", quantity: 1000, unitPrice: 100, vatRateBp: 1300 }],
      [
        { description: "不锈钢阀门 DN50", quantity: 3000, unitPrice: 12_345, vatRateBp: 1300, discountBp: 500, productId: product.id },
        { description: "技术服务", quantity: 1500, unitPrice: 20_000, vatRateBp: 600 },
      ],
    ]);
    const { bytes, source } = await renderDocumentPdf(db, { actor: rep, document: { type: "quote", id: quote.id }, locale: "zh-CN" });
    const text = await pdfText(bytes);
    // 3 × 123.45 less 5 % = 351.83 net, VAT 45.74; 1.5 × 200.00 = 300.00 net, VAT 18.00.
    expect(text).toContain(`${quote.number} R2`);
    expect(text).toContain(CUSTOMER);
    expect(text).toContain("报价单");
    expect(text).toContain("不锈钢阀门 DN50");
    expect(text).toContain(product.sku);
    expect(text).toContain("王经理");
    expect(text).not.toContain("旧版本行");
    expect(text).toContain(displayMoney(65_183, "CNY", "zh-CN"));
    expect(text).toContain(displayMoney(4574, "CNY", "zh-CN"));
    expect(text).toContain(displayMoney(1800, "CNY", "zh-CN"));
    expect(text).toContain(displayMoney(71_557, "CNY", "zh-CN"));
    expect(text).toContain("测试科技有限公司");
    expect(text).toContain("91310000MA1TEST01");
    expect(text).toContain("中国工商银行上海分行");
    expect(text).toContain("含运费，货到付款。");
    expect(source.fileName).toBe(`${quote.number}-R2.pdf`);

    const first = await pdfText((await renderDocumentPdf(db, { actor: rep, document: { type: "quote", id: quote.id, revision: 1 }, locale: "en" })).bytes);
    expect(first).toContain("Quotation");
    expect(first).toContain("旧版本行");
    expect(first).toContain(CUSTOMER);
  });

  it("is not found for another rep, for a missing revision, and visible to an admin", async () => {
    const account = await createAccountRow({ ownerId: rep.id, name: CUSTOMER });
    const quote = await createQuoteRow(rep.id, account.id, null, [[{ description: "x", quantity: 1000, unitPrice: 100, vatRateBp: 1300 }]]);
    await expect(renderDocumentPdf(db, { actor: otherRep, document: { type: "quote", id: quote.id }, locale: "en" })).rejects.toBeInstanceOf(NotFoundError);
    await expect(renderDocumentPdf(db, { actor: rep, document: { type: "quote", id: quote.id, revision: 7 }, locale: "en" })).rejects.toBeInstanceOf(NotFoundError);
    await expect(renderDocumentPdf(db, { actor: rep, document: { type: "quote", id: "missing" }, locale: "en" })).rejects.toBeInstanceOf(NotFoundError);
    const { bytes } = await renderDocumentPdf(db, { actor: manager, document: { type: "quote", id: quote.id }, locale: "zh-CN" });
    expect(await pdfText(bytes)).toContain(quote.number);
  });
});

describe("letterhead", () => {
  it("prints the company logo when it is a PNG", async () => {
    const previous = process.env.CARRACK_DATA_DIR;
    process.env.CARRACK_DATA_DIR = await mkdtemp(path.join(tmpdir(), "carrack-logo-"));
    try {
      const name = "logo-0b6f4b1e-4a8c-4d39-9a43-5a1f0e6f7c21.png";
      await mkdir(path.join(process.env.CARRACK_DATA_DIR, "uploads"), { recursive: true });
      await writeFile(path.join(process.env.CARRACK_DATA_DIR, "uploads", name), await sharp({ create: { width: 60, height: 24, channels: 3, background: "#0f766e" } }).png().toBuffer());
      await db.company.update({ where: { id: "company" }, data: { logoPath: name } });
      const account = await createAccountRow({ ownerId: rep.id, name: CUSTOMER });
      const quote = await createQuoteRow(rep.id, account.id, null, [[{ description: "x", quantity: 1000, unitPrice: 100, vatRateBp: 1300 }]]);
      const { bytes } = await renderDocumentPdf(db, { actor: rep, document: { type: "quote", id: quote.id }, locale: "zh-CN" });
      expect(Buffer.from(bytes).includes("/Subtype /Image")).toBe(true);
    } finally {
      await db.company.update({ where: { id: "company" }, data: { logoPath: null } });
      if (previous === undefined) delete process.env.CARRACK_DATA_DIR;
      else process.env.CARRACK_DATA_DIR = previous;
    }
  });
});

describe("emailing a quote", () => {
  it("queues an email with the PDF attached and audits it; another rep's quote queues nothing", async () => {
    const account = await createAccountRow({ ownerId: rep.id, name: CUSTOMER });
    const quote = await createQuoteRow(rep.id, account.id, null, [[{ description: "阀门", quantity: 2000, unitPrice: 5000, vatRateBp: 1300 }]]);
    const sent = await transact((tx) => enqueueDocumentEmailInTx(tx, { actor: rep, document: { type: "quote", id: quote.id }, to: "buyer@customer.example", locale: "zh-CN" }));
    const row = await db.outboxMessage.findUniqueOrThrow({ where: { id: sent.outboxId } });
    const payload = EmailPayload.parse(JSON.parse(row.payload));
    expect(payload.to).toEqual(["buyer@customer.example"]);
    expect(payload.subject).toBe(`测试科技有限公司 报价单 ${quote.number}`);
    expect(payload.text).toContain(quote.number);
    expect(payload.replyTo).toBe(rep.email);
    const attachment = payload.attachments?.[0];
    expect(attachment).toMatchObject({ filename: `${quote.number}.pdf`, contentType: "application/pdf" });
    const bytes = attachment && "base64" in attachment ? Buffer.from(attachment.base64, "base64") : await readFile(path.join(attachmentFilesDir(), (attachment as { file: string }).file));
    const text = await pdfText(bytes);
    expect(text).toContain(quote.number);
    expect(text).toContain(CUSTOMER);
    expect(text).toContain(displayMoney(11_300, "CNY", "zh-CN"));

    const audit = await db.auditEntry.findFirstOrThrow({ where: { entityType: "Quote", entityId: quote.id, action: "email" } });
    expect(JSON.parse(audit.after ?? "{}")).toMatchObject({ to: ["buyer@customer.example"], number: quote.number, outboxId: sent.outboxId });

    const before = await db.outboxMessage.count();
    await expect(
      transact((tx) => enqueueDocumentEmailInTx(tx, { actor: otherRep, document: { type: "quote", id: quote.id }, to: "x@example.com", locale: "en" })),
    ).rejects.toBeInstanceOf(NotFoundError);
    expect(await db.outboxMessage.count()).toBe(before);
  });

  it("uses the given subject and message, in English", async () => {
    const account = await createAccountRow({ ownerId: rep.id, name: CUSTOMER });
    const quote = await createQuoteRow(rep.id, account.id, null, [[{ description: "Valve", quantity: 1000, unitPrice: 100, vatRateBp: 1300 }]]);
    const sent = await transact((tx) =>
      enqueueDocumentEmailInTx(tx, { actor: rep, document: { type: "quote", id: quote.id }, to: ["a@customer.example", "b@customer.example"], locale: "en", subject: "Our offer", message: "See attached." }),
    );
    const payload = EmailPayload.parse(JSON.parse((await db.outboxMessage.findUniqueOrThrow({ where: { id: sent.outboxId } })).payload));
    expect(payload).toMatchObject({ to: ["a@customer.example", "b@customer.example"], subject: "Our offer", text: "See attached." });
  });
});
