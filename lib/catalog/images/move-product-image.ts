import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { writeAudit } from "@/lib/audit/write-audit";
import { lockRows, transact } from "@/lib/db/transact";
import { NotFoundError } from "@/lib/errors";
import { publicContentChanged } from "@/lib/public-catalog/product-written";

/**
 * Moves an image one place earlier or later in its product's gallery (the first is the main
 * picture). Positions are renumbered 0…n−1, so gaps or ties from older data disappear.
 */
export async function moveProductImage({ actor, id, direction }: { actor: Actor; id: string; direction: "up" | "down" }): Promise<string> {
  assertCan(actor, "catalog.manage");
  return transact(async (tx) => {
    const image = await tx.productImage.findUnique({ where: { id }, select: { productId: true } });
    if (!image) throw new NotFoundError();
    await lockRows(tx, "Product", [image.productId]);
    const images = await tx.productImage.findMany({ where: { productId: image.productId }, select: { id: true, position: true }, orderBy: [{ position: "asc" }, { createdAt: "asc" }] });
    const order = images.map((i) => i.id);
    const from = order.indexOf(id);
    const to = direction === "up" ? from - 1 : from + 1;
    if (to < 0 || to >= order.length) return image.productId;
    [order[from], order[to]] = [order[to], order[from]];
    for (const [position, imageId] of order.entries()) {
      if (images.find((i) => i.id === imageId)!.position !== position) await tx.productImage.update({ where: { id: imageId }, data: { position } });
    }
    await writeAudit(tx, { actor, action: "moveImage", entityType: "Product", entityId: image.productId, before: { order: images.map((i) => i.id) }, after: { order } });
    await publicContentChanged(tx, image.productId);
    return image.productId;
  });
}
