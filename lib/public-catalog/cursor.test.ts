import { describe, expect, it } from "vitest";
import { decodeCursor, encodeCursor, nextUpdatedSince } from "./cursor";

describe("page cursor", () => {
  it("round-trips and is opaque URL-safe text", () => {
    const state = { after: "cmabc123xyz", since: "2026-11-30T10:00:00.000Z" };
    const cursor = encodeCursor(state);
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor(cursor)).toEqual(state);
  });
  it("refuses anything it did not issue", () => {
    expect(decodeCursor("")).toBeNull();
    expect(decodeCursor("not a cursor!")).toBeNull();
    expect(decodeCursor(Buffer.from("{}").toString("base64url"))).toBeNull();
    expect(decodeCursor(Buffer.from(JSON.stringify({ v: 1, a: "x' OR 1=1", s: "2026-11-30T10:00:00.000Z" })).toString("base64url"))).toBeNull();
    expect(decodeCursor(Buffer.from(JSON.stringify({ v: 1, a: "abc", s: "yesterday" })).toString("base64url"))).toBeNull();
    expect(decodeCursor(Buffer.from(JSON.stringify({ v: 2, a: "abc", s: "2026-11-30T10:00:00.000Z" })).toString("base64url"))).toBeNull();
    expect(decodeCursor("a".repeat(400))).toBeNull();
  });
  it("the next sync starts a margin before the latest change seen", () => {
    expect(nextUpdatedSince(new Date("2026-11-30T10:00:00.000Z"))).toBe("2026-11-30T09:59:00.000Z");
    expect(nextUpdatedSince(null)).toBe("1970-01-01T00:00:00.000Z");
  });
});
