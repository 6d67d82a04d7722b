import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { writeAudit } from "@/lib/audit/write-audit";
import { transact } from "@/lib/db/transact";
import { NotFoundError } from "@/lib/errors";
import { removeProductImageFiles } from "./store-product-image";
import { publicContentChanged } from "@/lib/public-catalog/product-written";

/** Deletes an image; its files go only after the row's removal has committed. Returns the product id. */
export async function deleteProductImage({ actor, id }: { actor: Actor; id: string }): Promise<string> {
  assertCan(actor, "catalog.manage");
  const image = await transact(async (tx) => {
    const image = await tx.productImage.findUnique({ where: { id }, select: { id: true, productId: true, fileName: true, width: true, height: true, position: true } });
    if (!image) throw new NotFoundError();
    await tx.productImage.delete({ where: { id } });
    await writeAudit(tx, { actor, action: "deleteImage", entityType: "Product", entityId: image.productId, before: { image } });
    await publicContentChanged(tx, image.productId);
    return image;
  });
  await removeProductImageFiles(image.fileName);
  return image.productId;
}
