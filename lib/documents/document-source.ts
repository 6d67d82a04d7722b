import type { Locale } from "@/lib/i18n/locales";
import type { Printable } from "./pdf/printable";
import type { Seller } from "./load-letterhead";

// What a loader hands to the renderer and to the emailer: the printable document, the seller,
// and what an email about it needs (its kind for the subject, number, the audit's entity).

export type DocumentKind = "quote" | "order" | "delivery" | "invoice" | "creditNote" | "statement";

export type DocumentSource = {
  kind: DocumentKind;
  locale: Locale;
  printable: Printable;
  seller: Seller;
  /** The number as printed ("Q-2026-00001 R2"); for a statement, the period. */
  number: string;
  fileName: string;
  /** What the audit entry of an email names. */
  entity: { type: string; id: string };
  /** Values for the email's subject and body (statement: from, to). */
  emailValues: Record<string, string>;
};
