import "server-only";
import type { Actor } from "@/lib/auth/actor";
import type { Tx } from "@/lib/db/client";
import type { Locale } from "@/lib/i18n/locales";
import type { DocumentRef } from "./document-ref";
import type { DocumentSource } from "./document-source";
import { loadDeliveryDocument } from "./load-delivery-document";
import { loadInvoiceDocument } from "./load-invoice-document";
import { loadOrderDocument } from "./load-order-document";
import { loadQuoteDocument } from "./load-quote-document";
import { loadStatementDocument } from "./load-statement-document";

/** The printable form of any sales document the actor may see (NotFoundError otherwise). */
export async function loadDocument(client: Tx, input: { actor: Actor; document: DocumentRef; locale: Locale }): Promise<DocumentSource> {
  const { actor, document, locale } = input;
  switch (document.type) {
    case "quote":
      return loadQuoteDocument(client, { actor, id: document.id, locale, ...(document.revision ? { revision: document.revision } : {}) });
    case "order":
      return loadOrderDocument(client, { actor, id: document.id, locale });
    case "delivery":
      return loadDeliveryDocument(client, { actor, id: document.id, locale });
    case "invoice":
      return loadInvoiceDocument(client, { actor, id: document.id, locale });
    case "statement": {
      const { accountId, from, to } = document;
      return loadStatementDocument(client, { actor, accountId, from, to, locale });
    }
  }
}
