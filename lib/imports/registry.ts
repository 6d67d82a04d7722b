import "server-only";
import { productImporter } from "@/lib/catalog/import/product-importer";
import { accountImporter, contactImporter, leadImporter } from "@/lib/crm/import/crm-importers";
import type { Importer } from "./importer";

// Every import type the wizard can run. A type's permission is checked on every call.
const IMPORTERS: Record<string, Importer> = {
  [productImporter.type]: productImporter,
  [accountImporter.type]: accountImporter,
  [contactImporter.type]: contactImporter,
  [leadImporter.type]: leadImporter,
};

export function importerFor(type: string): Importer | null {
  return Object.hasOwn(IMPORTERS, type) ? IMPORTERS[type] : null;
}
