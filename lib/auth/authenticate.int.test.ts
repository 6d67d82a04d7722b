import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createUser, TEST_PASSWORD } from "@/lib/testing/factories";
import { authenticate } from "./authenticate";

// The limit the app enforces per email + client address (vitest.config.ts sets the default, 5).
const MAX_ATTEMPTS = Number(process.env.CARRACK_LOGIN_MAX_ATTEMPTS ?? 5);

let ipCounter = 0;
// Failed attempts count per email + address: each test signs in from its own address.
let ip = "";
beforeEach(() => {
  ipCounter += 1;
  ip = `192.0.2.${ipCounter}`;
});

describe("authenticate", () => {
  it("accepts the right password and records the sign-in time", async () => {
    const user = await createUser({ role: "finance" });
    const result = await authenticate(user.email, TEST_PASSWORD, ip);
    expect(result).toEqual({ ok: true, user: { id: user.id, email: user.email, name: user.name, sessionVersion: 0, locale: user.locale } });
    const row = await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { lastLoginAt: true } });
    expect(row.lastLoginAt).toBeInstanceOf(Date);
  });

  it("writes the sign-in and a failed attempt to the audit log, without the password", async () => {
    const user = await createUser();
    await authenticate(user.email, "typed-wrong-secret", ip);
    await authenticate(user.email, TEST_PASSWORD, ip);
    const entries = await db.auditEntry.findMany({ where: { entityId: user.id }, orderBy: { at: "asc" }, select: { action: true, after: true } });
    expect(entries.map((e) => e.action)).toEqual(["signInFailed", "signIn"]);
    expect(JSON.parse(entries[0].after ?? "{}")).toMatchObject({ email: user.email, reason: "wrongPassword" });
    expect(entries.some((e) => (e.after ?? "").includes("typed-wrong-secret") || (e.after ?? "").includes(TEST_PASSWORD))).toBe(false);
  });

  it("ignores case and surrounding spaces in the email", async () => {
    const user = await createUser();
    const result = await authenticate(`  ${user.email.toUpperCase()} `, TEST_PASSWORD, ip);
    expect(result.ok).toBe(true);
  });

  it("answers a wrong password and an unknown email with the same 'invalid'", async () => {
    const user = await createUser();
    const wrongPassword = await authenticate(user.email, "not the password", ip);
    const unknownEmail = await authenticate("nobody-here@test.example", TEST_PASSWORD, ip);
    expect(wrongPassword).toEqual({ ok: false, reason: "invalid" });
    expect(unknownEmail).toEqual(wrongPassword);
  });

  it("rejects the right password of a deactivated user with the same 'invalid'", async () => {
    const user = await createUser({ active: false });
    expect(await authenticate(user.email, TEST_PASSWORD, ip)).toEqual({ ok: false, reason: "invalid" });
  });

  it(`blocks the account after ${MAX_ATTEMPTS} failures, even with the right password`, async () => {
    const user = await createUser({ role: "warehouse" });
    for (let i = 0; i < MAX_ATTEMPTS; i++) {
      expect(await authenticate(user.email, `wrong-${i}`, ip)).toEqual({ ok: false, reason: "invalid" });
    }
    const blocked = await authenticate(user.email, TEST_PASSWORD, ip);
    expect(blocked.ok).toBe(false);
    if (blocked.ok || blocked.reason !== "rateLimited") throw new Error(`expected rateLimited, got ${JSON.stringify(blocked)}`);
    expect(blocked.retryAfterSeconds).toBeGreaterThan(0);
    // The block is per email and address: the same person elsewhere is not locked out…
    expect((await authenticate(user.email, TEST_PASSWORD, "198.51.100.7")).ok).toBe(true);
    // …and an unknown email is blocked just the same (no difference that reveals accounts).
    for (let i = 0; i < MAX_ATTEMPTS; i++) await authenticate("ghost@test.example", "x", ip);
    expect(await authenticate("ghost@test.example", "x", ip)).toMatchObject({ ok: false, reason: "rateLimited" });
  });

  it("blocks one account attacked from many addresses", async () => {
    const user = await createUser();
    for (let i = 0; i < MAX_ATTEMPTS * 4; i++) await authenticate(user.email, "wrong", `198.51.100.${i}`);
    const fromNewAddress = await authenticate(user.email, TEST_PASSWORD, "198.51.100.250");
    expect(fromNewAddress).toMatchObject({ ok: false, reason: "rateLimited" });
  });

  it("forgets earlier failures after a successful sign-in", async () => {
    const user = await createUser();
    for (let i = 0; i < MAX_ATTEMPTS - 1; i++) await authenticate(user.email, "wrong", ip);
    expect((await authenticate(user.email, TEST_PASSWORD, ip)).ok).toBe(true);
    for (let i = 0; i < MAX_ATTEMPTS - 1; i++) await authenticate(user.email, "wrong", ip);
    expect((await authenticate(user.email, TEST_PASSWORD, ip)).ok).toBe(true);
  });
});
