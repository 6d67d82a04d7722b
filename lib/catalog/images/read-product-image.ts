import "server-only";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { can } from "@/lib/auth/permissions";
import { getActor } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { parseProductImageFile, productImageFile } from "./image-files";
import { productUploadsDir } from "./product-uploads-dir";

/**
 * One size of a product image, or null. Only files a ProductImage row names are served (never
 * any other file in the data folder). Images of published, active products are public (the
 * public catalog shows them); the others only to signed-in staff who may read the catalog.
 */
export async function readProductImage(file: string): Promise<{ bytes: Buffer; isPublic: boolean } | null> {
  const parsed = parseProductImageFile(file);
  if (!parsed) return null;
  const image = await db.productImage.findFirst({ where: { fileName: parsed.name }, select: { product: { select: { published: true, status: true } } } });
  if (!image) return null;
  const isPublic = image.product.published && image.product.status === "active";
  if (!isPublic && !can(await getActor(), "catalog.read")) return null;
  try {
    return { bytes: await readFile(path.join(productUploadsDir(), productImageFile(parsed.name, parsed.width))), isPublic };
  } catch {
    return null;
  }
}
