import "server-only";
import { can } from "@/lib/auth/permissions";
import { getActor } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { isLocale } from "@/lib/i18n/locales";
import type { DocumentRef } from "./document-ref";
import { renderDocumentPdf } from "./render-document-pdf";

const notFound = () => new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });

/**
 * The PDF route handlers' shared door: session and sales.read checked here (a route handler is
 * its own door), the document read with the actor's scope — another rep's document answers 404
 * like a missing one. `?lang=en|zh-CN` prints in another language than the user's;
 * `?download=1` saves instead of opening.
 */
export async function documentPdfResponse(request: Request, document: DocumentRef): Promise<Response> {
  const actor = await getActor();
  if (!actor || !can(actor, "sales.read")) return notFound();
  const url = new URL(request.url);
  const lang = url.searchParams.get("lang");
  const locale = isLocale(lang) ? lang : actor.locale;
  try {
    const { bytes, source } = await renderDocumentPdf(db, { actor, document, locale });
    const disposition = url.searchParams.get("download") === "1" ? "attachment" : "inline";
    return new Response(new Uint8Array(bytes), {
      headers: {
        "Content-Type": "application/pdf",
        "Content-Length": String(bytes.byteLength),
        "Content-Disposition": `${disposition}; filename="${source.fileName}"`,
        // Customer documents: never kept by a shared cache.
        "Cache-Control": "private, no-store",
        "X-Content-Type-Options": "nosniff",
      },
    });
  } catch (error) {
    if (error instanceof AppError && error.status === 404) return notFound();
    throw error;
  }
}
