import type { DocumentRef } from "./document-ref";

/** Where a document's PDF is served (the route handlers under app/(app)/app/…/pdf). */
export function documentPdfPath(document: DocumentRef, options: { lang?: string } = {}): string {
  const query = new URLSearchParams();
  let path: string;
  switch (document.type) {
    case "quote":
      path = `/app/sales/quotes/${encodeURIComponent(document.id)}/pdf`;
      if (document.revision) query.set("revision", String(document.revision));
      break;
    case "order":
      path = `/app/sales/orders/${encodeURIComponent(document.id)}/pdf`;
      break;
    case "delivery":
      path = `/app/sales/deliveries/${encodeURIComponent(document.id)}/pdf`;
      break;
    case "invoice":
      path = `/app/billing/invoices/${encodeURIComponent(document.id)}/pdf`;
      break;
    case "statement":
      path = `/app/billing/receivables/${encodeURIComponent(document.accountId)}/statement/pdf`;
      query.set("from", document.from);
      query.set("to", document.to);
      break;
  }
  if (options.lang) query.set("lang", options.lang);
  const qs = query.toString();
  return qs ? `${path}?${qs}` : path;
}
