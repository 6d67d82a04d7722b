// Where product images live and what their files are called. Names are ours (random), never the
// upload's: "p-<uuid>" is the stored fileName, and each width is a WebP file "<fileName>-<w>.webp".

export const PRODUCT_IMAGE_WIDTHS = [1600, 400] as const;
export type ProductImageWidth = (typeof PRODUCT_IMAGE_WIDTHS)[number];
export const MAX_PRODUCT_IMAGE_BYTES = 5 * 1024 * 1024;
export const MAX_IMAGES_PER_PRODUCT = 20;

const BASE = /^p-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const FILE = /^(p-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})-(1600|400)\.webp$/;

export function isProductImageName(name: string): boolean {
  return BASE.test(name);
}

export function productImageFile(name: string, width: ProductImageWidth): string {
  return `${name}-${width}.webp`;
}

/** "p-…-400.webp" → its stored name and width, or null for anything we did not name. */
export function parseProductImageFile(file: string): { name: string; width: ProductImageWidth } | null {
  const match = FILE.exec(file);
  return match ? { name: match[1], width: Number(match[2]) as ProductImageWidth } : null;
}

/** The URL the app and the public catalog use for one size of an image. */
export function productImageUrl(name: string, width: ProductImageWidth): string {
  return `/files/products/${productImageFile(name, width)}`;
}
