import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { simpleParser } from "mailparser";
import { expect, test, type Page } from "@playwright/test";
import { pdfText } from "../lib/testing/pdf-text";
import { DEMO, signIn, unique } from "./fixtures";

// Sales documents as PDFs, opened like a person opens the PDF link: the response is a PDF whose
// text carries the document number and the customer's Chinese name; another rep gets a 404
// with nothing of the document in it.

// The same database and data folder scripts/e2e-server.mjs gives the app.
const env = { ...process.env, DATABASE_URL: process.env.E2E_DATABASE_URL || "file:./data/e2e.db", CARRACK_DATA_DIR: "data/e2e" };

type Created = { accountId: string; quoteId: string; quoteNumber: string; invoiceId: string; invoiceNumber: string };

/** A customer of the demo rep with a quote and an issued invoice, written straight to the e2e database. */
function createDocuments(ownerEmail: string, customer: string, token: string): Created {
  const script = `
    (async () => {
      // Evaluated as CommonJS: a dynamic import's exports sit under "default".
      const load = async (name) => { const m = await import(name); return m.default ?? m; };
      const { db, dbReady } = await load("@/lib/db/client");
      const { priceLine } = await load("@/lib/domain/money");
      await dbReady();
      const [email, customer, token] = ${JSON.stringify([ownerEmail, customer, token])};
      const owner = await db.user.findUniqueOrThrow({ where: { email }, select: { id: true } });
      const account = await db.account.create({ data: { code: token, name: customer, ownerId: owner.id, taxId: "91310115MA1E2E001" }, select: { id: true } });
      const p = priceLine({ unitPrice: 12345, quantity: 2000, discountBp: 0, vatRateBp: 1300 }, false);
      const line = { position: 0, description: "不锈钢阀门 DN50", quantity: 2000, unitPrice: 12345, vatRateBp: 1300, net: BigInt(p.net), tax: BigInt(p.tax), gross: BigInt(p.gross) };
      const quote = await db.quote.create({
        data: { number: "Q-" + token, accountId: account.id, ownerId: owner.id, currencyCode: "CNY", total: BigInt(p.gross), totalBase: BigInt(p.gross), validUntil: "2099-12-31", createdById: owner.id,
          revisions: { create: [{ revision: 1, currencyCode: "CNY", validUntil: "2099-12-31", subtotal: BigInt(p.net), taxTotal: BigInt(p.tax), total: BigInt(p.gross), totalBase: BigInt(p.gross), createdById: owner.id, lines: { create: [line] } }] } },
        select: { id: true, number: true },
      });
      const invoice = await db.invoice.create({
        data: { number: "INV-" + token, status: "issued", accountId: account.id, ownerId: owner.id, currencyCode: "CNY", issueDate: "2026-11-01", dueDate: "2026-12-01", buyerName: customer,
          subtotal: BigInt(p.net), taxTotal: BigInt(p.tax), total: BigInt(p.gross), totalBase: BigInt(p.gross), issuedAt: new Date(), createdById: owner.id, lines: { create: [line] } },
        select: { id: true, number: true },
      });
      await db.receivableEntry.create({ data: { accountId: account.id, entryDate: "2026-11-01", kind: "INVOICE", documentType: "invoice", documentId: invoice.id, number: invoice.number, currencyCode: "CNY", amount: BigInt(p.gross), amountBase: BigInt(p.gross), dueDate: "2026-12-01" } });
      console.log(JSON.stringify({ accountId: account.id, quoteId: quote.id, quoteNumber: quote.number, invoiceId: invoice.id, invoiceNumber: invoice.number }));
      await db.$disconnect();
    })().catch((e) => { console.error(e); process.exit(1); });`;
  const out = execFileSync("npx", ["tsx", "--conditions=react-server", "-e", script], { env, encoding: "utf8" });
  return JSON.parse(out.trim().split("\n").pop()!);
}

/** The PDF behind a link: the page's own link when it shows one, else the document's PDF address. */
async function openPdf(page: Page, detailPath: string, pdfPath: string) {
  const link = page.locator(`a[href^="${pdfPath}"]`).first();
  const href = (await link.count()) ? ((await link.getAttribute("href")) ?? pdfPath) : pdfPath;
  return page.request.get(href);
}

test("a rep opens the quote, invoice and statement PDFs of their customer; another rep gets 404", async ({ page }) => {
  test.setTimeout(120_000);
  const token = unique("E2EDOC").toUpperCase();
  const customer = `上海测试贸易有限公司${token.slice(-4)}`;
  const created = createDocuments(DEMO.sales, customer, token);

  await signIn(page, DEMO.sales);
  const documents = [
    { detail: `/app/sales/quotes/${created.quoteId}`, pdf: `/app/sales/quotes/${created.quoteId}/pdf`, number: created.quoteNumber, title: "报价单" },
    { detail: `/app/billing/invoices/${created.invoiceId}`, pdf: `/app/billing/invoices/${created.invoiceId}/pdf`, number: created.invoiceNumber, title: "销售发票" },
  ];
  for (const doc of documents) {
    await page.goto(doc.detail);
    const response = await openPdf(page, doc.detail, doc.pdf);
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toBe("application/pdf");
    expect(response.headers()["content-disposition"]).toContain(`${doc.number}.pdf`);
    const text = await pdfText(await response.body());
    expect(text).toContain(customer);
    expect(text).toContain(doc.number);
    expect(text).toContain(doc.title);
    expect(text).toContain("¥279.00"); // 2 × 123.45 = 246.90 + 13 % VAT 32.10
  }

  // English on request, for a foreign recipient.
  const english = await pdfText(await (await page.request.get(`/app/billing/invoices/${created.invoiceId}/pdf?lang=en`)).body());
  expect(english).toContain("Invoice");
  expect(english).toContain(customer);

  const statement = await page.request.get(`/app/billing/receivables/${created.accountId}/statement/pdf?from=2026-01-01&to=2026-11-30`);
  expect(statement.status()).toBe(200);
  const statementText = await pdfText(await statement.body());
  expect(statementText).toContain("对账单");
  expect(statementText).toContain(customer);
  // A long test number may wrap inside its table cell.
  expect(statementText.replace(/\s+/g, "")).toContain(created.invoiceNumber);

  // Another rep: every one of these answers 404, without the customer's name.
  await page.context().clearCookies();
  await signIn(page, DEMO.sales2);
  for (const path of [documents[0].pdf, documents[1].pdf, `/app/billing/receivables/${created.accountId}/statement/pdf`]) {
    const response = await page.request.get(path);
    expect(response.status()).toBe(404);
    expect(response.headers()["content-type"]).not.toBe("application/pdf");
    expect(await response.text()).not.toContain(customer);
  }
});

test("a rep emails the statement from its page: the customer's mail carries the PDF", async ({ page }) => {
  test.setTimeout(120_000);
  const token = unique("E2EMAIL").toUpperCase();
  const customer = `上海测试贸易有限公司${token.slice(-4)}`;
  const created = createDocuments(DEMO.sales, customer, token);
  const recipient = `${token.toLowerCase()}@customer.example`;

  await signIn(page, DEMO.sales);
  await page.goto(`/app/billing/receivables/${created.accountId}/statement?from=2026-01-01&to=2026-11-30`);
  const form = page.getByTestId("email-document-form");
  await form.getByTestId("email-document-to").fill(recipient);
  await form.getByTestId("email-document-send").click();
  await expect(page.getByTestId("form-success")).toBeVisible();

  // No SMTP_URL in e2e: the worker writes the message as an .eml file.
  const outbox = "data/e2e/outbox";
  let eml = "";
  await expect
    .poll(
      () => {
        const file = readdirSync(outbox, { withFileTypes: true }).find((f) => f.isFile() && readFileSync(join(outbox, f.name), "utf8").includes(recipient));
        eml = file ? readFileSync(join(outbox, file.name), "utf8") : "";
        return Boolean(file);
      },
      { timeout: 45_000 },
    )
    .toBe(true);
  const mail = await simpleParser(eml);
  expect(mail.subject).toContain("对账单 2026-01-01 至 2026-11-30");
  const pdf = mail.attachments.find((a) => a.contentType === "application/pdf");
  expect(pdf?.filename).toBe(`statement-${token}-2026-01-01-2026-11-30.pdf`);
  const text = await pdfText(pdf!.content);
  expect(text).toContain(customer);
  expect(text).toContain("期末余额");
});
