import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { toMinor } from "@/lib/domain/money";
import { NotFoundError } from "@/lib/errors";
import { ownedDocumentWhere, salesScope } from "@/lib/sales/sales-scope";
import { buildUbl, type UblDocument } from "./build-ubl";

/**
 * The UBL 2.1 XML of an issued invoice or credit note the actor may see, with a file name.
 * Drafts have no number and may still change, so they have no UBL (not found).
 */
export async function loadUblDocument({ actor, invoiceId }: { actor: Actor; invoiceId: string }): Promise<{ fileName: string; xml: string }> {
  const scope = await salesScope(actor);
  const invoice = await db.invoice.findFirst({
    where: { AND: [{ id: invoiceId, status: "issued" }, ownedDocumentWhere(scope)] },
    select: {
      kind: true,
      number: true,
      issueDate: true,
      dueDate: true,
      paymentTermsDays: true,
      currencyCode: true,
      pricesIncludeTax: true,
      buyerReference: true,
      orderReference: true,
      notes: true,
      creditReason: true,
      buyerName: true,
      buyerTaxId: true,
      buyerAddress: true,
      subtotal: true,
      taxTotal: true,
      total: true,
      account: { select: { countryCode: true } },
      originalInvoice: { select: { number: true, issueDate: true } },
      lines: {
        orderBy: { position: "asc" },
        select: { description: true, uom: true, quantity: true, unitPrice: true, discountBp: true, net: true, tax: true, vatRateBp: true, vatCategory: true, product: { select: { sku: true } } },
      },
    },
  });
  if (!invoice?.number) throw new NotFoundError();
  const company = await db.company.findUnique({ where: { id: "company" }, select: { name: true, taxId: true, address: true, countryCode: true } });

  const doc: UblDocument = {
    kind: invoice.kind === "CREDIT_NOTE" ? "CREDIT_NOTE" : "INVOICE",
    number: invoice.number,
    issueDate: invoice.issueDate,
    dueDate: invoice.dueDate,
    paymentTermsDays: invoice.paymentTermsDays,
    currencyCode: invoice.currencyCode,
    pricesIncludeTax: invoice.pricesIncludeTax,
    buyerReference: invoice.buyerReference,
    orderReference: invoice.orderReference,
    notes: invoice.notes,
    creditReason: invoice.creditReason,
    original: invoice.originalInvoice?.number ? { number: invoice.originalInvoice.number, issueDate: invoice.originalInvoice.issueDate } : null,
    seller: { name: company?.name ?? "", taxId: company?.taxId ?? "", address: company?.address ?? "", countryCode: company?.countryCode ?? "CN" },
    // The buyer as frozen on the document when it was issued; the country from the account.
    buyer: { name: invoice.buyerName, taxId: invoice.buyerTaxId, address: invoice.buyerAddress, countryCode: invoice.account.countryCode },
    subtotal: toMinor(invoice.subtotal),
    taxTotal: toMinor(invoice.taxTotal),
    total: toMinor(invoice.total),
    lines: invoice.lines.map((l) => ({
      description: l.description,
      sku: l.product?.sku ?? null,
      uom: l.uom,
      quantity: l.quantity,
      unitPrice: l.unitPrice,
      discountBp: l.discountBp,
      net: toMinor(l.net),
      tax: toMinor(l.tax),
      vatRateBp: l.vatRateBp,
      vatCategory: l.vatCategory,
    })),
  };
  return { fileName: `${invoice.number}.xml`, xml: buildUbl(doc) };
}
