import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { sign, signatureHeader, verifySignature } from "./signature";

describe("webhook signatures", () => {
  const secret = "whsec_test_secret_value";
  const body = '{"event":"product.updated"}';
  const now = 1_780_000_000_000;
  const t = Math.floor(now / 1000);

  it("is HMAC-SHA256 of \"<t>.<body>\" in hex", () => {
    expect(sign(secret, body, t)).toBe(createHmac("sha256", secret).update(`${t}.${body}`).digest("hex"));
    expect(signatureHeader(secret, body, t)).toBe(`t=${t},v1=${sign(secret, body, t)}`);
  });

  it("verifies, and refuses a changed body, another secret, an old timestamp or junk", () => {
    const header = signatureHeader(secret, body, t);
    expect(verifySignature(secret, header, body, { now })).toBe(true);
    expect(verifySignature(secret, header, body + " ", { now })).toBe(false);
    expect(verifySignature("other-secret-value", header, body, { now })).toBe(false);
    expect(verifySignature(secret, header, body, { now: now + 301_000 })).toBe(false);
    expect(verifySignature(secret, "t=abc,v1=zz", body, { now })).toBe(false);
    expect(verifySignature(secret, "", body, { now })).toBe(false);
  });
});
