/**
 * The client address for rate limiting. X-Forwarded-For is trusted only when CARRACK_TRUST_PROXY=1
 * says a proxy in front sets it; its last hop is the one that proxy added. Without a proxy the
 * header is the client's own word, so every request counts under one address ("direct").
 */
export function clientIpFrom(header: (name: string) => string | null | undefined): string {
  if (process.env.CARRACK_TRUST_PROXY !== "1") return "direct";
  const hops = String(header("x-forwarded-for") ?? "")
    .split(",")
    .map((h) => h.trim())
    .filter(Boolean);
  return hops[hops.length - 1] || String(header("x-real-ip") ?? "") || "direct";
}
