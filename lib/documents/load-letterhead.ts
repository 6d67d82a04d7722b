import "server-only";
import { readFile } from "node:fs/promises";
import path from "node:path";
import type { Tx } from "@/lib/db/client";
import { detectImageType } from "@/lib/settings/company/image-type";
import { uploadsDir } from "@/lib/settings/company/uploads-dir";
import type { Letterhead } from "./pdf/printable";
import type { DocumentsT } from "./document-text";

export type Seller = { letterhead: Letterhead; name: string; bankDetails: string; baseCurrency: string; email: string };

/**
 * The company as printed on its documents. Read through the caller's client (a transaction's
 * `tx` when emailing). The logo is printed when it is a PNG or JPEG; pdfkit draws nothing else,
 * so an SVG or WebP logo leaves the name alone at the top rather than failing the document.
 */
export async function loadSeller(client: Tx, t: DocumentsT): Promise<Seller> {
  const company = await client.company.findUnique({
    where: { id: "company" },
    select: { name: true, address: true, taxId: true, phone: true, email: true, logoPath: true, bankDetails: true, baseCurrency: true },
  });
  const name = company?.name ?? "";
  const lines = [
    company?.address ?? "",
    company?.taxId ? t("company.taxId", { taxId: company.taxId }) : "",
    [company?.phone ? t("company.phone", { phone: company.phone }) : "", company?.email ? t("company.email", { email: company.email }) : ""].filter(Boolean).join("   "),
  ].filter(Boolean);
  return {
    letterhead: { name, lines, logo: company?.logoPath ? await readLogo(company.logoPath) : null },
    name,
    bankDetails: company?.bankDetails ?? "",
    baseCurrency: company?.baseCurrency ?? "CNY",
    email: company?.email ?? "",
  };
}

/** The document's contact person, printed only when they belong to the document's customer. */
export async function loadContact(client: Tx, contactId: string | null, accountId: string) {
  if (!contactId) return null;
  return client.contact.findFirst({ where: { id: contactId, accountId }, select: { name: true, phone: true, mobile: true, email: true } });
}

async function readLogo(fileName: string): Promise<Buffer | null> {
  // The stored name is ours (logo-<uuid>.<ext>); basename keeps a bad row from reading elsewhere.
  try {
    const bytes = await readFile(path.join(uploadsDir(), path.basename(fileName)));
    const type = detectImageType(bytes);
    return type === "png" || type === "jpeg" ? bytes : null;
  } catch {
    return null;
  }
}
