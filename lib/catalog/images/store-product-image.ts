import "server-only";
import { randomUUID } from "node:crypto";
import { mkdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import sharp, { type OutputInfo } from "sharp";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { writeAudit } from "@/lib/audit/write-audit";
import type { Tx } from "@/lib/db/client";
import { transact } from "@/lib/db/transact";
import { AppError, FieldError, NotFoundError } from "@/lib/errors";
import { log } from "@/lib/log";
import { detectImageType } from "@/lib/settings/company/image-type";
import { MAX_IMAGES_PER_PRODUCT, MAX_PRODUCT_IMAGE_BYTES, PRODUCT_IMAGE_WIDTHS, productImageFile } from "./image-files";
import { productUploadsDir } from "./product-uploads-dir";
import { publicContentChanged } from "@/lib/public-catalog/product-written";

// A picture of 8000 × 5000 is plenty; more pixels than this from a 5 MB file is a decompression bomb.
const MAX_INPUT_PIXELS = 40_000_000;

export type StoredProductImage = { id: string; fileName: string; width: number; height: number; position: number };

/**
 * Stores one product image: the bytes must be a PNG, JPEG or WebP (by their magic bytes, never
 * the name or claimed type) of at most 5 MB. sharp decodes it (turned upright by its EXIF
 * orientation, metadata such as GPS dropped) and writes WebP copies 1600 and 400 px wide (never
 * enlarged) under random names; then a ProductImage row, last in the product's order, with the
 * size of the large copy. Files are written before the row; if the row cannot be written they
 * are removed. Pass `tx` to join the caller's transaction (the demo seed); a rollback of that
 * transaction afterwards leaves two unreferenced files, which are never served.
 */
export async function storeProductImage({ tx, productId, bytes, actor = null }: { tx?: Tx; productId: string; bytes: Uint8Array; actor?: Actor | null }): Promise<StoredProductImage> {
  // Without an actor this is the seed's or an import's own call; a person must manage the catalog.
  if (actor) assertCan(actor, "catalog.manage");
  const type = bytes.length > 0 && bytes.length <= MAX_PRODUCT_IMAGE_BYTES ? detectImageType(bytes) : null;
  if (type !== "png" && type !== "jpeg" && type !== "webp") throw new FieldError("image", "catalog.productImage");

  let copies: { data: Buffer; info: OutputInfo }[];
  try {
    const source = sharp(bytes, { limitInputPixels: MAX_INPUT_PIXELS, failOn: "error" }).rotate();
    copies = await Promise.all(
      PRODUCT_IMAGE_WIDTHS.map((width) => source.clone().resize({ width, withoutEnlargement: true }).webp({ quality: 82 }).toBuffer({ resolveWithObject: true })),
    );
  } catch {
    // Bytes that start like an image but do not decode (or are far too large) are a bad upload.
    throw new FieldError("image", "catalog.productImage");
  }

  const fileName = `p-${randomUUID()}`;
  const dir = productUploadsDir();
  const written: string[] = [];
  try {
    await mkdir(dir, { recursive: true });
    for (const [i, width] of PRODUCT_IMAGE_WIDTHS.entries()) {
      const file = path.join(dir, productImageFile(fileName, width));
      await writeFile(file, copies[i].data, { flag: "wx" });
      written.push(file);
    }
  } catch (error) {
    await removeFiles(written);
    throw error;
  }
  const size = { width: copies[0].info.width, height: copies[0].info.height };

  const work = async (tx: Tx) => {
    const product = await tx.product.findUnique({ where: { id: productId }, select: { id: true, _count: { select: { images: true } } } });
    if (!product) throw new NotFoundError();
    if (product._count.images >= MAX_IMAGES_PER_PRODUCT) throw new AppError("catalog.imageLimit", { max: MAX_IMAGES_PER_PRODUCT });
    const last = await tx.productImage.findFirst({ where: { productId }, orderBy: { position: "desc" }, select: { position: true } });
    const image = await tx.productImage.create({
      data: { productId, fileName, width: size.width, height: size.height, position: (last?.position ?? -1) + 1 },
      select: { id: true, fileName: true, width: true, height: true, position: true },
    });
    await writeAudit(tx, { actor, action: "addImage", entityType: "Product", entityId: productId, after: { image } });
    await publicContentChanged(tx, productId);
    return image;
  };
  try {
    return tx ? await work(tx) : await transact(work);
  } catch (error) {
    await removeFiles(written);
    throw error;
  }
}

/** Removes the files of one stored image (both widths); missing files are fine. */
export async function removeProductImageFiles(fileName: string): Promise<void> {
  await removeFiles(PRODUCT_IMAGE_WIDTHS.map((w) => path.join(productUploadsDir(), productImageFile(fileName, w))));
}

async function removeFiles(files: string[]): Promise<void> {
  for (const file of files) await rm(file, { force: true }).catch((err) => log.warn({ err, file }, "could not remove a product image file"));
}
