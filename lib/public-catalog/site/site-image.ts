import { productImageUrl } from "@/lib/catalog/images/image-files";
import type { ImageSource } from "../to-public-product";
import type { SiteImage } from "./site-types";

/** A stored product image as the catalog cards use it: the small and large WebP copies. */
export function siteImage(image: ImageSource): SiteImage {
  return { src: productImageUrl(image.fileName, 400), large: productImageUrl(image.fileName, 1600), width: image.width, height: image.height, altZh: image.altZh, altEn: image.altEn };
}
