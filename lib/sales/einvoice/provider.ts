// National e-invoice hook (China 数电票 — fully digitalised invoices issued through the tax
// authority's platform, not through UBL).
//
// Carrack does not talk to any tax platform itself. A deployment that has a provider (the tax
// bureau's own API, or a licensed service provider) implements `EInvoiceProvider` in its own
// module and calls `registerEInvoiceProvider(provider)` once at start-up (instrumentation.ts).
// While nothing is registered, `activeEInvoiceProvider()` is null and the invoice page shows no
// e-invoice button at all — there is no pretend integration.
//
// Contract:
// - `submit` receives an issued invoice or credit note (never a draft) with the buyer as frozen
//   at issue, and answers with the platform's status and its reference (e.g. the 数电票 number).
// - It must be idempotent per invoice id: a retry after a timeout must not issue twice.
// - The caller stores provider name, status and reference on the invoice (einvoiceProvider,
//   einvoiceStatus, einvoiceRef) and writes an audit entry; the invoice itself stays immutable.

export type EInvoiceStatus = "submitted" | "accepted" | "rejected";

export type EInvoicePayload = {
  invoiceId: string;
  kind: "INVOICE" | "CREDIT_NOTE";
  number: string;
  issueDate: string;
  currencyCode: string;
  /** The original invoice's number, for a credit note (红字发票 refers to its blue invoice). */
  originalNumber: string | null;
  buyer: { name: string; taxId: string; address: string };
  lines: { description: string; uom: string; quantity: number; net: number; tax: number; vatRateBp: number }[];
  subtotal: number;
  taxTotal: number;
  total: number;
};

export interface EInvoiceProvider {
  /** Short stable name stored on the invoice, e.g. "cn-shudianpiao". */
  readonly name: string;
  /** Submits the document; answers the platform's status and reference. */
  submit(invoice: EInvoicePayload): Promise<{ status: EInvoiceStatus; ref: string }>;
}

const registry = new Map<string, EInvoiceProvider>();
let active: string | null = null;

/** Registers a provider and makes it the active one (one per deployment). */
export function registerEInvoiceProvider(provider: EInvoiceProvider): void {
  registry.set(provider.name, provider);
  active = provider.name;
}

/** The provider invoices are submitted to, or null when none is registered (the default). */
export function activeEInvoiceProvider(): EInvoiceProvider | null {
  return active ? (registry.get(active) ?? null) : null;
}

/** For tests: forget every provider. */
export function clearEInvoiceProviders(): void {
  registry.clear();
  active = null;
}
