import type { MetadataRoute } from "next";
import { siteUrl } from "@/lib/public-catalog/site/site-urls";

// The origin comes from the environment at run time, not from the build machine's.
export const dynamic = "force-dynamic";

/** Search engines may read the public catalog; the staff app, sign-in and files behind it are not for them. */
export default function robots(): MetadataRoute.Robots {
  return {
    rules: [{ userAgent: "*", allow: ["/catalog", "/en/catalog", "/files/products/"], disallow: ["/app", "/api/auth/", "/login", "/setup"] }],
    sitemap: siteUrl("/sitemap.xml"),
  };
}
