import "server-only";
import type { Actor } from "@/lib/auth/actor";
import type { Tx } from "@/lib/db/client";
import type { Locale } from "@/lib/i18n/locales";
import type { DocumentRef } from "./document-ref";
import type { DocumentSource } from "./document-source";
import { loadDocument } from "./load-document";
import { renderPdf } from "./pdf/render-pdf";

export type RenderedDocument = { bytes: Uint8Array; source: DocumentSource };

/** Loads a document with the actor's scope and renders it to PDF in `locale`. */
export async function renderDocumentPdf(client: Tx, input: { actor: Actor; document: DocumentRef; locale: Locale }): Promise<RenderedDocument> {
  const source = await loadDocument(client, input);
  const title = `${source.printable.title} ${source.number}`;
  const bytes = await renderPdf(source.printable, source.seller.letterhead, { title, author: source.seller.name });
  return { bytes, source };
}
