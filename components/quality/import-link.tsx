import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { FileUp } from "lucide-react";
import { buttonClass } from "@/components/ui/button";

/** "Import CSV" in a CRM list's header, opening the import page on that list's type. */
export async function CrmImportLink({ type }: { type: "accounts" | "contacts" | "leads" }) {
  const t = await getTranslations("quality");
  return (
    <Link href={`/app/crm/import?type=${type}`} className={buttonClass("secondary")} data-testid={`import-${type}`}>
      <FileUp className="h-4 w-4" aria-hidden />
      {t("import.importCustomers")}
    </Link>
  );
}
