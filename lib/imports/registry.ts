import "server-only";
import { productImporter } from "@/lib/catalog/import/product-importer";
import type { Importer } from "./importer";

// Every import type the wizard can run. A type's permission is checked on every call.
const IMPORTERS: Record<string, Importer> = {
  [productImporter.type]: productImporter,
};

export function importerFor(type: string): Importer | null {
  return Object.hasOwn(IMPORTERS, type) ? IMPORTERS[type] : null;
}
