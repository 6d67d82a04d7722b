import type { DocumentsT } from "./document-text";

/** The customer block: name, number, address, tax id and the contact person. Empty parts drop out. */
export function buyerLines(
  t: DocumentsT,
  account: { name: string; code?: string; billingAddress?: string; taxId?: string },
  contact?: { name: string; phone?: string; mobile?: string; email?: string } | null,
): string[] {
  return [
    account.name,
    account.code ? t("parties.code", { code: account.code }) : "",
    account.billingAddress ?? "",
    account.taxId ? t("parties.taxId", { taxId: account.taxId }) : "",
    contact ? [t("parties.attention", { name: contact.name }), contact.mobile || contact.phone || "", contact.email ?? ""].filter(Boolean).join("  ") : "",
  ].filter(Boolean);
}
