import { redirect } from "next/navigation";
import { requirePermission } from "@/lib/auth/session";

/** The catalog starts at its product list. */
export default async function CatalogPage() {
  await requirePermission("catalog.read");
  redirect("/app/catalog/products");
}
