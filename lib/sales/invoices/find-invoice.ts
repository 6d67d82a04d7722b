import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { toMinor } from "@/lib/domain/money";
import { NotFoundError } from "@/lib/errors";
import { ownedDocumentWhere, salesScope } from "@/lib/sales/sales-scope";
import { taxBreakdown } from "./ubl/build-ubl";
import { openAmounts } from "./open-amounts";

/** Everything the invoice page shows, or NotFoundError for an invoice outside the actor's scope. */
export async function findInvoice({ actor, id }: { actor: Actor; id: string }) {
  const scope = await salesScope(actor);
  const inv = await db.invoice.findFirst({
    where: { AND: [{ id }, ownedDocumentWhere(scope)] },
    include: {
      account: { select: { id: true, name: true, taxId: true, billingAddress: true, contacts: { where: { email: { not: "" } }, orderBy: [{ isPrimary: "desc" }, { name: "asc" }], take: 1, select: { email: true, preferredLocale: true } } } },
      owner: { select: { id: true, name: true } },
      originalInvoice: { select: { id: true, number: true, issueDate: true } },
      creditNotes: { orderBy: { createdAt: "asc" }, select: { id: true, number: true, status: true, issueDate: true, total: true, creditReason: true } },
      lines: { orderBy: { position: "asc" }, include: { product: { select: { sku: true } }, deliveryLine: { select: { delivery: { select: { id: true, number: true } } } }, orderLine: { select: { order: { select: { id: true, number: true } } } } } },
      allocations: { orderBy: { createdAt: "asc" }, select: { id: true, amount: true, allocatedAt: true, payment: { select: { id: true, number: true, kind: true } }, creditNote: { select: { id: true, number: true } } } },
      creditAllocations: { orderBy: { createdAt: "asc" }, select: { id: true, amount: true, allocatedAt: true, invoice: { select: { id: true, number: true } } } },
      refunds: { select: { id: true, number: true, amount: true, paymentDate: true } },
    },
  });
  if (!inv) throw new NotFoundError();
  const company = await db.company.findUnique({ where: { id: "company" }, select: { baseCurrency: true } });

  const lines = inv.lines.map((l) => ({
    id: l.id,
    description: l.description,
    sku: l.product?.sku ?? "",
    uom: l.uom,
    quantity: l.quantity,
    unitPrice: l.unitPrice,
    discountBp: l.discountBp,
    vatRateBp: l.vatRateBp,
    vatCategory: l.vatCategory,
    net: toMinor(l.net),
    tax: toMinor(l.tax),
    gross: toMinor(l.gross),
    delivery: l.deliveryLine?.delivery ?? null,
    order: l.orderLine?.order ?? null,
  }));

  // Per original line: what earlier credit notes took, so the credit form offers the rest.
  const credited = new Map<string, number>();
  if (inv.kind === "INVOICE" && inv.status === "issued") {
    const rows = await db.invoiceLine.groupBy({ by: ["originalLineId"], where: { invoice: { originalInvoiceId: inv.id, status: "issued" } }, _sum: { quantity: true } });
    for (const r of rows) if (r.originalLineId) credited.set(r.originalLineId, r._sum.quantity ?? 0);
  }
  const total = toMinor(inv.total);
  const open = (await openAmounts(db, [{ id: inv.id, kind: inv.kind, status: inv.status, total }])).get(inv.id) ?? 0;

  return {
    id: inv.id,
    kind: inv.kind === "CREDIT_NOTE" ? ("CREDIT_NOTE" as const) : ("INVOICE" as const),
    number: inv.number,
    status: inv.status,
    account: { id: inv.account.id, name: inv.account.name },
    /** Where the email form sends by default: the account's primary contact with an email. */
    contact: inv.account.contacts[0] ?? null,
    owner: inv.owner,
    currencyCode: inv.currencyCode,
    baseCurrency: company?.baseCurrency ?? "CNY",
    exchangeRate: inv.exchangeRate,
    pricesIncludeTax: inv.pricesIncludeTax,
    issueDate: inv.issueDate,
    dueDate: inv.dueDate,
    paymentTermsDays: inv.paymentTermsDays,
    buyerReference: inv.buyerReference,
    orderReference: inv.orderReference,
    notes: inv.notes,
    buyer: { name: inv.buyerName || inv.account.name, taxId: inv.buyerTaxId || inv.account.taxId, address: inv.buyerAddress || inv.account.billingAddress },
    subtotal: toMinor(inv.subtotal),
    taxTotal: toMinor(inv.taxTotal),
    total,
    totalBase: toMinor(inv.totalBase),
    open,
    cashSale: inv.cashSale,
    creditReason: inv.creditReason,
    issuedAt: inv.issuedAt,
    einvoice: { provider: inv.einvoiceProvider, status: inv.einvoiceStatus, ref: inv.einvoiceRef },
    original: inv.originalInvoice,
    creditNotes: inv.creditNotes.map((c) => ({ ...c, total: toMinor(c.total) })),
    lines: lines.map((l) => ({ ...l, creditable: Math.max(0, l.quantity - (credited.get(l.id) ?? 0)) })),
    byRate: taxBreakdown(lines),
    allocations: inv.allocations.map((a) => ({ id: a.id, amount: toMinor(a.amount), date: a.allocatedAt, payment: a.payment, creditNote: a.creditNote })),
    applied: inv.creditAllocations.map((a) => ({ id: a.id, amount: toMinor(a.amount), date: a.allocatedAt, invoice: a.invoice })),
    refunds: inv.refunds.map((r) => ({ id: r.id, number: r.number, amount: toMinor(r.amount), date: r.paymentDate })),
  };
}

export type InvoiceDetail = Awaited<ReturnType<typeof findInvoice>>;
