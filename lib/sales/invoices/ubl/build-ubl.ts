import { divRoundHalfUp, formatScaled } from "@/lib/domain/decimal";
import { formatMoney, lineAmount, minorDigits, sumMoney } from "@/lib/domain/money";
import { formatQuantity } from "@/lib/domain/quantity";
import { el, renderXml, type XmlNode } from "./xml";

// UBL 2.1 with the EN 16931 core fields (see shared FORMATS.md): an Invoice (type 380) or a
// CreditNote (381) document. Pure: the caller loads the data (load-ubl-document.ts). Amounts
// are the document's own exact minor units, written as decimal text with currencyID; the VAT
// breakdown is per category and rate and adds up to the tax total by construction.

export type UblParty = { name: string; taxId: string; address: string; countryCode: string };
export type UblLine = {
  description: string;
  sku: string | null;
  uom: string;
  quantity: number;
  unitPrice: number;
  discountBp: number;
  net: number;
  tax: number;
  vatRateBp: number;
  vatCategory: string;
};
export type UblDocument = {
  kind: "INVOICE" | "CREDIT_NOTE";
  number: string;
  issueDate: string;
  dueDate: string;
  paymentTermsDays: number;
  currencyCode: string;
  pricesIncludeTax: boolean;
  buyerReference: string;
  orderReference: string;
  notes: string;
  creditReason: string;
  original: { number: string; issueDate: string } | null;
  seller: UblParty;
  buyer: UblParty;
  subtotal: number;
  taxTotal: number;
  total: number;
  lines: UblLine[];
};

const NS = {
  INVOICE: "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2",
  CREDIT_NOTE: "urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2",
  cac: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2",
  cbc: "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2",
};

/** 1300 bp → "13", 650 → "6.5", 0 → "0". */
export function percentText(bp: number): string {
  return formatScaled(BigInt(bp), 2).replace(/\.?0+$/, "") || "0";
}

/**
 * The net price per unit: the agreed unit price when the line is tax-exclusive without discount
 * (exact), else net ÷ quantity with four more decimals than the currency, so quantity × price
 * rounds back to the line's net amount.
 */
export function netUnitPrice(line: Pick<UblLine, "unitPrice" | "discountBp" | "net" | "quantity">, pricesIncludeTax: boolean, currency: string): string {
  const digits = minorDigits(currency);
  if (!pricesIncludeTax && line.discountBp === 0 && lineAmount(line.unitPrice, line.quantity) === line.net) return formatMoney(line.unitPrice, currency);
  const extra = 4;
  const scaled = divRoundHalfUp(BigInt(line.net) * 1000n * 10n ** BigInt(extra), BigInt(line.quantity));
  return formatScaled(scaled, digits + extra).replace(/(\.\d*?[1-9])0+$/, "$1").replace(/\.0+$/, "");
}

function taxCategory(tag: "cac:TaxCategory" | "cac:ClassifiedTaxCategory", category: string, rateBp: number): XmlNode {
  return el(tag, [
    el("cbc:ID", category),
    // "O" (outside the scope of VAT) carries no rate.
    category !== "O" && el("cbc:Percent", percentText(rateBp)),
    category === "E" && tag === "cac:TaxCategory" && el("cbc:TaxExemptionReason", "Exempt from VAT"),
    el("cac:TaxScheme", [el("cbc:ID", "VAT")]),
  ]);
}

function party(tag: string, p: UblParty): XmlNode {
  return el(tag, [
    el("cac:Party", [
      el("cac:PartyName", [el("cbc:Name", p.name)]),
      el("cac:PostalAddress", [p.address && el("cbc:StreetName", p.address), el("cac:Country", [el("cbc:IdentificationCode", p.countryCode)])]),
      p.taxId && el("cac:PartyTaxScheme", [el("cbc:CompanyID", p.taxId), el("cac:TaxScheme", [el("cbc:ID", "VAT")])]),
      el("cac:PartyLegalEntity", [el("cbc:RegistrationName", p.name)]),
    ]),
  ]);
}

/** The VAT breakdown: one subtotal per (category, rate), highest rate first. */
export function taxBreakdown(lines: readonly UblLine[]): { category: string; rateBp: number; taxable: number; tax: number }[] {
  const keys = [...new Map(lines.map((l) => [`${l.vatCategory}|${l.vatRateBp}`, { category: l.vatCategory, rateBp: l.vatRateBp }])).values()];
  return keys
    .sort((a, b) => b.rateBp - a.rateBp || a.category.localeCompare(b.category))
    .map((k) => {
      const of = lines.filter((l) => l.vatCategory === k.category && l.vatRateBp === k.rateBp);
      return { ...k, taxable: sumMoney(of.map((l) => l.net)), tax: sumMoney(of.map((l) => l.tax)) };
    });
}

export function buildUbl(doc: UblDocument): string {
  const credit = doc.kind === "CREDIT_NOTE";
  const cur = doc.currencyCode;
  const amount = (tag: string, minor: number) => el(tag, formatMoney(minor, cur), { currencyID: cur });
  const lineTag = credit ? "cac:CreditNoteLine" : "cac:InvoiceLine";
  const qtyTag = credit ? "cbc:CreditedQuantity" : "cbc:InvoicedQuantity";

  const root = el(credit ? "CreditNote" : "Invoice", [
    el("cbc:CustomizationID", "urn:cen.eu:en16931:2017"),
    el("cbc:ID", doc.number),
    el("cbc:IssueDate", doc.issueDate),
    !credit && el("cbc:DueDate", doc.dueDate),
    el(credit ? "cbc:CreditNoteTypeCode" : "cbc:InvoiceTypeCode", credit ? "381" : "380"),
    doc.notes && el("cbc:Note", doc.notes),
    credit && doc.creditReason && el("cbc:Note", doc.creditReason),
    el("cbc:DocumentCurrencyCode", cur),
    doc.buyerReference && el("cbc:BuyerReference", doc.buyerReference),
    doc.orderReference && el("cac:OrderReference", [el("cbc:ID", doc.orderReference)]),
    doc.original && el("cac:BillingReference", [el("cac:InvoiceDocumentReference", [el("cbc:ID", doc.original.number), el("cbc:IssueDate", doc.original.issueDate)])]),
    party("cac:AccountingSupplierParty", doc.seller),
    party("cac:AccountingCustomerParty", doc.buyer),
    !credit && el("cac:PaymentTerms", [el("cbc:Note", `Net ${doc.paymentTermsDays} days, due ${doc.dueDate}`)]),
    el("cac:TaxTotal", [
      amount("cbc:TaxAmount", doc.taxTotal),
      ...taxBreakdown(doc.lines).map((b) => el("cac:TaxSubtotal", [amount("cbc:TaxableAmount", b.taxable), amount("cbc:TaxAmount", b.tax), taxCategory("cac:TaxCategory", b.category, b.rateBp)])),
    ]),
    el("cac:LegalMonetaryTotal", [
      amount("cbc:LineExtensionAmount", doc.subtotal),
      amount("cbc:TaxExclusiveAmount", doc.subtotal),
      amount("cbc:TaxInclusiveAmount", doc.total),
      amount("cbc:PayableAmount", doc.total),
    ]),
    ...doc.lines.map((l, i) =>
      el(lineTag, [
        el("cbc:ID", String(i + 1)),
        el(qtyTag, formatQuantity(l.quantity), { unitCode: l.uom || "EA" }),
        amount("cbc:LineExtensionAmount", l.net),
        el("cac:Item", [el("cbc:Name", l.description), l.sku && el("cac:SellersItemIdentification", [el("cbc:ID", l.sku)]), taxCategory("cac:ClassifiedTaxCategory", l.vatCategory, l.vatRateBp)]),
        el("cac:Price", [el("cbc:PriceAmount", netUnitPrice(l, doc.pricesIncludeTax, cur), { currencyID: cur })]),
      ]),
    ),
  ]);
  root.attrs = { xmlns: NS[doc.kind], "xmlns:cac": NS.cac, "xmlns:cbc": NS.cbc };
  return renderXml(root);
}
