// Which image a logo upload really is, from its first bytes, never from its name or the
// browser's claimed type. Pure, so it is unit tested (image-type.test.ts).

export type ImageType = "png" | "jpeg" | "webp" | "svg";

export const MAX_LOGO_BYTES = 1024 * 1024;

export const IMAGE_CONTENT_TYPES: Record<ImageType, string> = {
  png: "image/png",
  jpeg: "image/jpeg",
  webp: "image/webp",
  svg: "image/svg+xml",
};

export const IMAGE_EXTENSIONS: Record<ImageType, string> = { png: "png", jpeg: "jpg", webp: "webp", svg: "svg" };

const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG = [0xff, 0xd8, 0xff];
const RIFF = [0x52, 0x49, 0x46, 0x46];
const WEBP = [0x57, 0x45, 0x42, 0x50];

function startsWith(bytes: Uint8Array, signature: number[], offset = 0): boolean {
  return bytes.length >= offset + signature.length && signature.every((b, i) => bytes[offset + i] === b);
}

// An SVG document: optional XML declaration, comments and doctype, then the <svg> root.
const SVG_ROOT = /^\s*(?:<\?xml[^>]*\?>\s*)?(?:<!--[\s\S]*?-->\s*)*(?:<!DOCTYPE\s+svg[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<svg[\s>/]/i;

function isSvg(bytes: Uint8Array): boolean {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes.subarray(0, 4096));
  } catch {
    // The 4 KiB cut may split a multi-byte character: retry leniently, only the start matters.
    text = new TextDecoder("utf-8").decode(bytes.subarray(0, 4096));
    if (text.slice(0, 4000).includes("\ufffd")) return false;
  }
  return SVG_ROOT.test(text);
}

export function detectImageType(bytes: Uint8Array): ImageType | null {
  if (startsWith(bytes, PNG)) return "png";
  if (startsWith(bytes, JPEG)) return "jpeg";
  if (startsWith(bytes, RIFF) && startsWith(bytes, WEBP, 8)) return "webp";
  if (isSvg(bytes)) return "svg";
  return null;
}

/** File names we create: "logo-" + a random UUID + our own extension. Anything else is not ours. */
export const LOGO_FILE_NAME = /^logo-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\.(png|jpg|webp|svg)$/;

export function contentTypeOfLogo(fileName: string): string | null {
  const match = LOGO_FILE_NAME.exec(fileName);
  if (!match) return null;
  const type = (Object.keys(IMAGE_EXTENSIONS) as ImageType[]).find((t) => IMAGE_EXTENSIONS[t] === match[1]);
  return type ? IMAGE_CONTENT_TYPES[type] : null;
}
