import type { AvailabilityLevel } from "../availability";
import type { PublicCategory, PublicPrice } from "../schema";

// What the catalog list gets: public fields only, plain JSON (it goes through the data cache),
// both languages at once so one cache entry serves /catalog and /en/catalog. Built from the shared
// public product model (../load-public-products.ts), so the site, the API and the feeds agree.

export type SiteCategory = Pick<PublicCategory, "slug" | "parentSlug" | "names" | "depth" | "productCount">;

export type SiteImage = { src: string; large: string; width: number; height: number; altZh: string; altEn: string };

/** One product card of the catalog list (a simple product or a variant group). */
export type SiteProductCard = {
  slug: string;
  sku: string;
  nameZh: string;
  nameEn: string;
  brand: string;
  /** The product's own category (the list filters by a category and everything below it). */
  categorySlug: string | null;
  kind: "simple" | "group";
  /** One unit's price (a group: its lowest variant price); null = price on request. */
  price: PublicPrice | null;
  /** A group whose variants have different prices shows "from". */
  priceFrom: boolean;
  availability: AvailabilityLevel;
  image: SiteImage | null;
  /** ISO instant: first publication, for "newest first". */
  publishedAt: string;
  /** ISO instant of the last change (sitemap). */
  updatedAt: string;
};

export type SiteCatalogIndex = { products: SiteProductCard[]; categories: SiteCategory[] };
