import "server-only";
import { revalidateTag } from "next/cache";
import { log } from "@/lib/log";

/** The data-cache tag of everything the public catalog pages show (index, product pages, sitemap). */
export const PUBLIC_CATALOG_TAG = "public-catalog";

/**
 * The one hook that makes the public pages show a catalog change: called by the server actions
 * that change products, images, variants, options, categories, prices or stock, after their
 * service committed. Outside a Next request (scripts, seeds, tests) there is no cache to clear.
 */
export function invalidatePublicCatalog(): void {
  try {
    // Expire at once: the next visitor gets the new data, never one more stale page.
    revalidateTag(PUBLIC_CATALOG_TAG, { expire: 0 });
  } catch (error) {
    log.debug({ err: error }, "public catalog not invalidated (no request cache)");
  }
}
