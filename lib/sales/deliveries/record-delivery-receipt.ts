import "server-only";
import { randomUUID } from "node:crypto";
import { mkdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { writeAudit } from "@/lib/audit/write-audit";
import { db } from "@/lib/db/client";
import { transact } from "@/lib/db/transact";
import { AppError, NotFoundError } from "@/lib/errors";
import { log } from "@/lib/log";
import { accountDocumentWhere, salesScope } from "@/lib/sales/sales-scope";
import { detectReceiptType, isReceiptFileName, MAX_RECEIPT_BYTES, receiptFileName } from "./receipt-files";

/** ${CARRACK_DATA_DIR ?? "data"}/uploads/receipts: signed receipts, under names we chose. */
export function receiptUploadsDir(): string {
  return path.resolve(process.env.CARRACK_DATA_DIR ?? "data", "uploads", "receipts");
}

type Input = { receivedDate: string; receivedBy: string; receiptNote: string; file: Uint8Array | null };

/**
 * Records the customer's signed receipt (收货单) on a posted delivery: when, who signed, a note and
 * optionally a photo or scan (jpeg/png/webp/pdf by its bytes, ≤ 5 MB), stored under a random name.
 * Recording again replaces the earlier one (a better scan); the old file is removed after the
 * commit. The file is written before the row; if the row cannot be written it is removed.
 */
export async function recordDeliveryReceipt({ actor, id, input }: { actor: Actor; id: string; input: Input }): Promise<{ id: string }> {
  assertCan(actor, "delivery.manage");
  const scope = await salesScope(actor);
  let stored: { name: string; type: string } | null = null;
  if (input.file && input.file.length > 0) {
    const type = input.file.length <= MAX_RECEIPT_BYTES ? detectReceiptType(input.file) : null;
    if (!type) throw new AppError("deliveries.receiptFile", {}, 422);
    // Visible and posted before anything is written to disk.
    if ((await db.delivery.count({ where: { AND: [{ id }, accountDocumentWhere(scope)] } })) !== 1) throw new NotFoundError();
    const name = receiptFileName(randomUUID(), type);
    await mkdir(receiptUploadsDir(), { recursive: true });
    await writeFile(path.join(receiptUploadsDir(), name), input.file, { flag: "wx" });
    stored = { name, type };
  }
  try {
    const replaced = await transact(async (tx) => {
      const current = await tx.delivery.findFirst({ where: { AND: [{ id }, accountDocumentWhere(scope)] }, select: { number: true, status: true, receiptFile: true, receivedDate: true, receivedBy: true } });
      if (!current) throw new NotFoundError();
      if (current.status !== "posted") throw new AppError("deliveries.notPosted", { number: current.number }, 409);
      await tx.delivery.update({
        where: { id },
        data: {
          receivedDate: input.receivedDate,
          receivedBy: input.receivedBy,
          receiptNote: input.receiptNote,
          ...(stored ? { receiptFile: stored.name, receiptFileType: stored.type } : {}),
        },
      });
      await writeAudit(tx, {
        actor,
        action: "receipt",
        entityType: "delivery",
        entityId: id,
        before: { receivedDate: current.receivedDate, receivedBy: current.receivedBy, receiptFile: current.receiptFile },
        after: { receivedDate: input.receivedDate, receivedBy: input.receivedBy, receiptFile: stored?.name ?? current.receiptFile },
      });
      return stored ? current.receiptFile : null;
    });
    if (replaced && isReceiptFileName(replaced)) await rm(path.join(receiptUploadsDir(), replaced), { force: true }).catch((err) => log.warn({ err }, "old receipt file not removed"));
  } catch (error) {
    if (stored) await rm(path.join(receiptUploadsDir(), stored.name), { force: true }).catch(() => undefined);
    throw error;
  }
  return { id };
}
