import { createHmac, timingSafeEqual } from "node:crypto";

// X-Carrack-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>" with the secret>.
// The timestamp inside the signed text lets receivers refuse replays of old deliveries.

export const SIGNATURE_HEADER = "X-Carrack-Signature";

export function sign(secret: string, body: string, timestamp: number): string {
  return createHmac("sha256", secret).update(`${timestamp}.${body}`, "utf8").digest("hex");
}

export function signatureHeader(secret: string, body: string, timestamp: number): string {
  return `t=${timestamp},v1=${sign(secret, body, timestamp)}`;
}

/** What a receiver does: check the HMAC (in constant time) and that the timestamp is recent. */
export function verifySignature(secret: string, header: string, body: string, { now = Date.now(), toleranceSeconds = 300 } = {}): boolean {
  const parts = new Map(header.split(",").map((p) => p.trim().split("=", 2) as [string, string]));
  const t = Number(parts.get("t"));
  const v1 = parts.get("v1") ?? "";
  if (!Number.isInteger(t) || !/^[0-9a-f]{64}$/.test(v1)) return false;
  if (Math.abs(now / 1000 - t) > toleranceSeconds) return false;
  return timingSafeEqual(Buffer.from(v1, "hex"), Buffer.from(sign(secret, body, t), "hex"));
}
