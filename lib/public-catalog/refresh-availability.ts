import "server-only";
import type { Tx } from "@/lib/db/client";
import { enqueueWebhookEvent } from "@/lib/api/webhooks/enqueue-webhook-event";
import { availabilityLevel } from "./availability";
import { isPublicRow, IS_PUBLIC_SELECT } from "./public-where";

const SLICE = 400;

/**
 * After stock or a product's stock settings changed, inside that transaction: recomputes the
 * availability level of each product, stores it on Product.publicAvailability when it moved
 * (which also marks the product changed for incremental sync and feed ETags) and, for a public
 * product (or a variant of a public group), queues stock.availability_changed once per public
 * product. Quantities never leave this function, only the level.
 */
export async function refreshPublicAvailability(tx: Tx, productIds: string[]): Promise<void> {
  const announce = new Map<string, string>(); // public product id → sku
  const ids = [...new Set(productIds)];
  for (let i = 0; i < ids.length; i += SLICE) {
    const slice = ids.slice(i, i + SLICE);
    const products = await tx.product.findMany({
      where: { id: { in: slice } },
      select: { id: true, sku: true, stockTracked: true, allowBackorder: true, reorderPoint: true, publicAvailability: true, ...IS_PUBLIC_SELECT, parent: { select: { id: true, sku: true, ...IS_PUBLIC_SELECT } } },
    });
    const sums = await tx.stockLevel.groupBy({ by: ["productId"], where: { productId: { in: slice } }, _sum: { onHand: true, reserved: true } });
    const available = new Map(sums.map((s) => [s.productId, (s._sum.onHand ?? 0) - (s._sum.reserved ?? 0)]));
    for (const p of products) {
      if (p.kind === "group") continue;
      const level = availabilityLevel({ stockTracked: p.stockTracked, allowBackorder: p.allowBackorder, reorderPoint: p.reorderPoint, available: available.get(p.id) ?? 0 });
      if (level === p.publicAvailability) continue;
      // Conditional: two transactions moving the same level announce it once.
      const moved = await tx.product.updateMany({ where: { id: p.id, publicAvailability: p.publicAvailability }, data: { publicAvailability: level } });
      // The first level a product gets ("" before) is no news: it arrives with product.created.
      if (moved.count === 0 || p.publicAvailability === "") continue;
      if (isPublicRow(p)) announce.set(p.id, p.sku);
      else if (p.kind === "variant" && p.parent && p.status === "active" && isPublicRow(p.parent)) {
        announce.set(p.parent.id, p.parent.sku);
        // The group's own row carries the change for incremental sync.
        await tx.product.update({ where: { id: p.parent.id }, data: { updatedAt: new Date() } });
      }
    }
  }
  for (const [productId, sku] of announce) await enqueueWebhookEvent(tx, { event: "stock.availability_changed", productId, sku });
}
