"use client";

import Link from "next/link";
import { useSearchParams } from "next/navigation";
import { useTranslations } from "next-intl";
import { FileDown, FileUp } from "lucide-react";
import { buttonClass } from "@/components/ui/button";

// The list's filter keys the import-format export understands (lib/catalog/products/products-table.ts).
const CARRIED = ["sort", "dir", "q", "category", "brand", "kind", "status", "published", "variants"];

/**
 * For the products list's header: "Import CSV" (with catalog.manage) and an export in the
 * import's own format for the rows the list currently shows, to edit and import again.
 */
export function ProductCsvActions({ canImport }: { canImport: boolean }) {
  const t = useTranslations("imports");
  const searchParams = useSearchParams();
  const query = new URLSearchParams();
  for (const key of CARRIED) {
    const value = searchParams.get(key);
    if (value) query.set(key, value);
  }
  const href = query.size > 0 ? `/app/catalog/export?${query}` : "/app/catalog/export";
  return (
    <>
      <a href={href} className={buttonClass("secondary")} title={t("exportHint")} data-testid="product-csv-export" download>
        <FileDown className="h-4 w-4" aria-hidden />
        {t("export")}
      </a>
      {canImport && (
        <Link href="/app/catalog/import" className={buttonClass("secondary")} data-testid="product-csv-import">
          <FileUp className="h-4 w-4" aria-hidden />
          {t("importButton")}
        </Link>
      )}
    </>
  );
}
