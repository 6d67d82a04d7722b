// The customer's signed receipt (收货单) scans: what a file really is, from its first bytes (never
// its name or the browser's claimed type), and the names we store them under. Pure: unit tested.
import { detectImageType } from "@/lib/settings/company/image-type";

export const MAX_RECEIPT_BYTES = 5 * 1024 * 1024;

export type ReceiptFileType = "jpeg" | "png" | "webp" | "pdf";

export const RECEIPT_CONTENT_TYPES: Record<ReceiptFileType, string> = {
  jpeg: "image/jpeg",
  png: "image/png",
  webp: "image/webp",
  pdf: "application/pdf",
};

const EXTENSIONS: Record<ReceiptFileType, string> = { jpeg: "jpg", png: "png", webp: "webp", pdf: "pdf" };
const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d]; // "%PDF-"

/** jpeg, png, webp or pdf by magic bytes; null for anything else (SVG included: it can carry script). */
export function detectReceiptType(bytes: Uint8Array): ReceiptFileType | null {
  if (bytes.length >= PDF.length && PDF.every((b, i) => bytes[i] === b)) return "pdf";
  const image = detectImageType(bytes);
  return image === "jpeg" || image === "png" || image === "webp" ? image : null;
}

const NAME = /^r-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\.(jpg|png|webp|pdf)$/;

/** "r-" + a random UUID + our own extension. */
export function receiptFileName(uuid: string, type: ReceiptFileType): string {
  return `r-${uuid}.${EXTENSIONS[type]}`;
}

/** Only names we made are ever joined to a path. */
export function isReceiptFileName(name: string): boolean {
  return NAME.test(name);
}
