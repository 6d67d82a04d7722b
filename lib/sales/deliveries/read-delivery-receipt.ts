import "server-only";
import { readFile } from "node:fs/promises";
import path from "node:path";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors";
import { accountDocumentWhere, salesScope } from "@/lib/sales/sales-scope";
import { isReceiptFileName, RECEIPT_CONTENT_TYPES, type ReceiptFileType } from "./receipt-files";
import { receiptUploadsDir } from "./record-delivery-receipt";

/**
 * The signed receipt scan of a delivery the actor may see. Only the file the delivery row names
 * is read (never a path from the request); anything else is not found.
 */
export async function readDeliveryReceipt({ actor, id }: { actor: Actor; id: string }): Promise<{ bytes: Buffer; contentType: string; fileName: string }> {
  const scope = await salesScope(actor);
  const delivery = await db.delivery.findFirst({ where: { AND: [{ id }, accountDocumentWhere(scope)] }, select: { number: true, receiptFile: true, receiptFileType: true } });
  if (!delivery?.receiptFile || !isReceiptFileName(delivery.receiptFile)) throw new NotFoundError();
  const contentType = RECEIPT_CONTENT_TYPES[delivery.receiptFileType as ReceiptFileType];
  if (!contentType) throw new NotFoundError();
  try {
    const bytes = await readFile(path.join(receiptUploadsDir(), delivery.receiptFile));
    return { bytes, contentType, fileName: `${delivery.number}-receipt${path.extname(delivery.receiptFile)}` };
  } catch {
    throw new NotFoundError();
  }
}
