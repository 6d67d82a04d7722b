import { XMLParser, XMLValidator } from "fast-xml-parser";
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db, dbKind } from "@/lib/db/client";
import { createAccountRow } from "@/lib/testing/crm-factories";
import { createActor, createCompany } from "@/lib/testing/factories";
import { createOrderRow } from "@/lib/testing/sales-factories";
import { createStockProduct, defaultWarehouse } from "@/lib/testing/stock-factories";
import { createInvoice } from "../create-invoice";
import { createPostedDeliveryRow } from "../invoice-test-data";
import { issueInvoice } from "../issue-invoice";
import { createCreditNote } from "../issue-credit-note";
import { loadUblDocument } from "./load-ubl-document";

// The UBL export parses and carries every EN 16931 core field (shared FORMATS.md), for an
// invoice and for its credit note; text is escaped, amounts carry their currency.

let finance: Actor;
let rep: Actor;
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@", parseTagValue: false, isArray: (name) => ["cac:InvoiceLine", "cac:CreditNoteLine", "cac:TaxSubtotal", "cbc:Note"].includes(name) });

beforeAll(async () => {
  await createCompany();
  await db.company.update({ where: { id: "company" }, data: { name: "杭州卡拉克贸易有限公司", taxId: "91330100MA2B000000", address: "杭州市滨江区 1 号", countryCode: "CN" } });
  finance = await createActor("finance");
  rep = await createActor("sales");
});

async function issued() {
  const wh = await defaultWarehouse();
  const account = await createAccountRow({ ownerId: rep.id, name: `Smith & Sons <"華"> ${Date.now()}` });
  await db.account.update({ where: { id: account.id }, data: { taxId: "DE123456789", billingAddress: "Hauptstr. 1, Berlin", countryCode: "DE" } });
  const product = await createStockProduct({ uom: "KGM", uomDecimals: true });
  const order = await createOrderRow({
    accountId: account.id,
    ownerId: rep.id,
    warehouseId: wh.id,
    lines: [
      { productId: product.id, quantity: 2500, unitPrice: 1000, discountBp: 500, vatRateBp: 1300 },
      { description: "Consulting", quantity: 1000, unitPrice: 20_000, vatRateBp: 600, stockTracked: false },
      { description: "Export freight", quantity: 1000, unitPrice: 5_000, vatRateBp: 0, stockTracked: false },
    ],
  });
  await db.salesOrder.update({ where: { id: order.id }, data: { customerReference: "PO-778" } });
  await db.salesOrderLine.update({ where: { id: order.lines[0].id }, data: { uom: "KGM" } });
  const delivery = await createPostedDeliveryRow({ accountId: account.id, warehouseId: wh.id, createdById: finance.id, lines: [{ orderLineId: order.lines[0].id, quantity: 2500 }] });
  const { id } = await createInvoice({
    actor: finance,
    input: {
      accountId: account.id,
      issueDate: "2026-06-15",
      notes: "Thanks & regards",
      deliveryLines: [{ id: delivery.lines[0].id, quantity: 2500 }],
      orderLines: [
        { id: order.lines[1].id, quantity: 1000 },
        { id: order.lines[2].id, quantity: 1000 },
      ],
    },
  });
  const issuedInvoice = await issueInvoice({ actor: finance, invoiceId: id, today: "2026-06-15" });
  return { id, number: issuedInvoice.number, order, account };
}

describe(`UBL export on ${dbKind}`, () => {
  it("an invoice carries every core field, escaped, with a VAT breakdown that adds up", async () => {
    const { id, number, order } = await issued();
    const { xml, fileName } = await loadUblDocument({ actor: finance, invoiceId: id });
    expect(fileName).toBe(`${number}.xml`);
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml).toContain("Smith &amp; Sons &lt;&quot;華&quot;&gt;");
    const inv = parser.parse(xml).Invoice;
    expect(inv["@xmlns"]).toBe("urn:oasis:names:specification:ubl:schema:xsd:Invoice-2");
    expect(inv["cbc:CustomizationID"]).toBe("urn:cen.eu:en16931:2017");
    expect(inv["cbc:ID"]).toBe(number);
    expect(inv["cbc:IssueDate"]).toBe("2026-06-15");
    expect(inv["cbc:DueDate"]).toBe("2026-07-15");
    expect(inv["cbc:InvoiceTypeCode"]).toBe("380");
    expect(inv["cbc:DocumentCurrencyCode"]).toBe("CNY");
    expect(inv["cbc:BuyerReference"]).toBe("PO-778");
    expect(inv["cac:OrderReference"]["cbc:ID"]).toBe(order.number);
    expect(inv["cac:PaymentTerms"]["cbc:Note"][0]).toContain("30 days");
    const seller = inv["cac:AccountingSupplierParty"]["cac:Party"];
    expect(seller["cac:PartyLegalEntity"]["cbc:RegistrationName"]).toBe("杭州卡拉克贸易有限公司");
    expect(seller["cac:PartyTaxScheme"]["cbc:CompanyID"]).toBe("91330100MA2B000000");
    expect(seller["cac:PostalAddress"]["cac:Country"]["cbc:IdentificationCode"]).toBe("CN");
    const buyer = inv["cac:AccountingCustomerParty"]["cac:Party"];
    expect(buyer["cac:PartyLegalEntity"]["cbc:RegistrationName"]).toMatch(/^Smith & Sons <"華">/);
    expect(buyer["cac:PartyTaxScheme"]["cbc:CompanyID"]).toBe("DE123456789");
    expect(buyer["cac:PostalAddress"]["cac:Country"]["cbc:IdentificationCode"]).toBe("DE");

    const invoice = await db.invoice.findUniqueOrThrow({ where: { id } });
    const money = (n: bigint) => (Number(n) / 100).toFixed(2);
    const tax = inv["cac:TaxTotal"];
    expect(tax["cbc:TaxAmount"]).toEqual({ "#text": money(invoice.taxTotal), "@currencyID": "CNY" });
    expect(tax["cac:TaxSubtotal"].map((s: Record<string, Record<string, string>>) => [s["cac:TaxCategory"]["cbc:ID"], s["cac:TaxCategory"]["cbc:Percent"]])).toEqual([
      ["S", "13"],
      ["S", "6"],
      ["Z", "0"],
    ]);
    const sumTax = tax["cac:TaxSubtotal"].reduce((s: number, t: Record<string, { "#text": string }>) => s + Math.round(Number(t["cbc:TaxAmount"]["#text"]) * 100), 0);
    expect(sumTax).toBe(Number(invoice.taxTotal));
    const totals = inv["cac:LegalMonetaryTotal"];
    expect(totals["cbc:LineExtensionAmount"]["#text"]).toBe(money(invoice.subtotal));
    expect(totals["cbc:TaxExclusiveAmount"]["#text"]).toBe(money(invoice.subtotal));
    expect(totals["cbc:TaxInclusiveAmount"]["#text"]).toBe(money(invoice.total));
    expect(totals["cbc:PayableAmount"]).toEqual({ "#text": money(invoice.total), "@currencyID": "CNY" });

    const lines = inv["cac:InvoiceLine"];
    expect(lines).toHaveLength(3);
    expect(lines[0]["cbc:InvoicedQuantity"]).toEqual({ "#text": "2.5", "@unitCode": "KGM" });
    expect(lines[0]["cbc:LineExtensionAmount"]["#text"]).toBe("23.75");
    expect(lines[0]["cac:Price"]["cbc:PriceAmount"]["#text"]).toBe("9.5");
    expect(lines[0]["cac:Item"]["cac:ClassifiedTaxCategory"]["cbc:ID"]).toBe("S");
    expect(lines[1]["cac:Item"]["cbc:Name"]).toBe("Consulting");
    expect(lines[1]["cac:Price"]["cbc:PriceAmount"]).toEqual({ "#text": "200.00", "@currencyID": "CNY" });
    expect(lines[2]["cbc:InvoicedQuantity"]["@unitCode"]).toBe("EA");
  });

  it("a credit note is a CreditNote 381 that refers to its invoice; drafts and other users' invoices have none", async () => {
    const { id, number, account } = await issued();
    const note = await createCreditNote({ actor: finance, originalInvoiceId: id, lines: "all", reason: "Wrong goods", date: "2026-06-20" });
    const cn = parser.parse((await loadUblDocument({ actor: finance, invoiceId: note.id })).xml).CreditNote;
    expect(cn["@xmlns"]).toBe("urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2");
    expect(cn["cbc:CustomizationID"]).toBe("urn:cen.eu:en16931:2017");
    expect(cn["cbc:ID"]).toBe(note.number);
    expect(cn["cbc:CreditNoteTypeCode"]).toBe("381");
    expect(cn["cbc:Note"]).toContain("Wrong goods");
    expect(cn["cac:BillingReference"]["cac:InvoiceDocumentReference"]["cbc:ID"]).toBe(number);
    expect(cn["cac:AccountingCustomerParty"]["cac:Party"]["cac:PostalAddress"]["cac:Country"]["cbc:IdentificationCode"]).toBe("DE");
    expect(cn["cac:CreditNoteLine"]).toHaveLength(3);
    expect(cn["cac:CreditNoteLine"][0]["cbc:CreditedQuantity"]).toEqual({ "#text": "2.5", "@unitCode": "KGM" });
    expect(cn["cac:LegalMonetaryTotal"]["cbc:PayableAmount"]["#text"]).toBe((note.total / 100).toFixed(2));

    const draft = await createInvoice({ actor: finance, input: { accountId: account.id, issueDate: "2026-06-21", freeLines: [{ productId: null, description: "x", quantity: 1000, unitPrice: 1, discountBp: 0, vatRateBp: 0 }] } });
    await expect(loadUblDocument({ actor: finance, invoiceId: draft.id })).rejects.toMatchObject({ status: 404 });
    const stranger = await createActor("sales");
    await expect(loadUblDocument({ actor: stranger, invoiceId: id })).rejects.toMatchObject({ status: 404 });
  });
});
