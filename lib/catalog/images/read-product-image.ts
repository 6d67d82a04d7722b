import "server-only";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { can } from "@/lib/auth/permissions";
import { getActor } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { isPublicRow, IS_PUBLIC_SELECT } from "@/lib/public-catalog/public-where";
import { parseProductImageFile, productImageFile } from "./image-files";
import { productUploadsDir } from "./product-uploads-dir";

/**
 * One size of a product image, or null. Only files a ProductImage row names are served (never
 * any other file in the data folder). Images of public products, and of the active variants of
 * public groups, are public (the public catalog, API and feeds link them); the others only to
 * signed-in staff who may read the catalog.
 */
export async function readProductImage(file: string): Promise<{ bytes: Buffer; isPublic: boolean } | null> {
  const parsed = parseProductImageFile(file);
  if (!parsed) return null;
  const image = await db.productImage.findFirst({ where: { fileName: parsed.name }, select: { product: { select: { ...IS_PUBLIC_SELECT, parent: { select: IS_PUBLIC_SELECT } } } } });
  if (!image) return null;
  const { product } = image;
  const isPublic = isPublicRow(product) || (product.kind === "variant" && product.status === "active" && product.parent !== null && isPublicRow(product.parent));
  if (!isPublic && !can(await getActor(), "catalog.read")) return null;
  try {
    return { bytes: await readFile(path.join(productUploadsDir(), productImageFile(parsed.name, parsed.width))), isPublic };
  } catch {
    return null;
  }
}
