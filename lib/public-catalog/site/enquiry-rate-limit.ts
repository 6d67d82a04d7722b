import "server-only";
import { RateLimiterPrisma, RateLimiterRes } from "rate-limiter-flexible";
import { clientIpFrom } from "@/lib/auth/client-ip";
import { db } from "@/lib/db/client";

// Enquiries are counted in the shared RateLimit table (every app instance counts together): per
// address a few per window, and a site-wide ceiling that a forged X-Forwarded-For cannot get
// around. Both configurable; the defaults let a real buyer send several enquiries.

const windowSeconds = () => Number(process.env.CARRACK_ENQUIRY_WINDOW_SECONDS ?? 15 * 60) || 15 * 60;

let limiters: { perAddress: RateLimiterPrisma; site: RateLimiterPrisma } | null = null;
function get() {
  limiters ??= {
    perAddress: new RateLimiterPrisma({ storeClient: db, tableName: "rateLimit", keyPrefix: "enquiry-ip", points: Number(process.env.CARRACK_ENQUIRY_PER_ADDRESS ?? 5) || 5, duration: windowSeconds() }),
    site: new RateLimiterPrisma({ storeClient: db, tableName: "rateLimit", keyPrefix: "enquiry-site", points: Number(process.env.CARRACK_ENQUIRY_SITE_LIMIT ?? 200) || 200, duration: windowSeconds() }),
  };
  return limiters;
}

/** Counts one enquiry from `address`; the seconds to wait when over a limit, else 0. */
export async function consumeEnquiry(address: string): Promise<number> {
  const { perAddress, site } = get();
  try {
    await perAddress.consume(address);
    await site.consume("all");
    return 0;
  } catch (error) {
    if (error instanceof RateLimiterRes) return Math.max(1, Math.ceil(error.msBeforeNext / 1000));
    throw error;
  }
}

/**
 * The address an enquiry is counted under. Behind a trusted proxy (CARRACK_TRUST_PROXY=1) the
 * hop that proxy added; otherwise the X-Forwarded-For Next.js itself sets from the socket (a
 * client can forge it, which only moves it to the site-wide ceiling).
 */
export function enquiryAddress(header: (name: string) => string | null | undefined): string {
  if (process.env.CARRACK_TRUST_PROXY === "1") return clientIpFrom(header);
  return (header("x-forwarded-for") ?? "").split(",")[0]?.trim() || "direct";
}
