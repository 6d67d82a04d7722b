import { FileText } from "lucide-react";
import { useTranslations } from "next-intl";
import { buttonClass } from "@/components/ui/button";
import type { DocumentRef } from "@/lib/documents/document-ref";
import { documentPdfPath } from "@/lib/documents/document-paths";

/** "PDF" button on a document's page: opens the printed document in a new tab. */
export function PdfLink({ document, testId = "document-pdf" }: { document: DocumentRef; testId?: string }) {
  const t = useTranslations("documents.links");
  return (
    <a href={documentPdfPath(document)} target="_blank" rel="noopener" className={buttonClass("secondary")} data-testid={testId} title={t("openPdf")}>
      <FileText className="h-4 w-4" aria-hidden />
      {t("pdf")}
    </a>
  );
}
