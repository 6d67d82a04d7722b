import { describe, expect, it } from "vitest";
import { ApiError } from "./api-error";
import { matchesIfNoneMatch, strongEtag } from "./http-cache";
import { generateApiKey, hashApiKey, looksLikeApiKey, parseScopes } from "./keys/key-format";
import { parseQuery } from "./parse-query";
import { ProductListQuery } from "./schemas";

const q = (text: string) => parseQuery(ProductListQuery, new URLSearchParams(text));
const failure = (text: string) => {
  try {
    q(text);
  } catch (error) {
    if (error instanceof ApiError) return [error.status, error.code];
    throw error;
  }
  return null;
};

describe("parseQuery", () => {
  it("defaults and coerces", () => {
    expect(q("")).toEqual({ limit: 50, locale: "zh-CN" });
    expect(q("limit=10&locale=en&updatedSince=2026-11-30T08:00:00%2B08:00")).toEqual({ limit: 10, locale: "en", updatedSince: new Date("2026-11-30T00:00:00.000Z") });
  });
  it("400 for unknown, repeated or malformed parameters, 422 out of range", () => {
    expect(failure("limt=10")).toEqual([400, "unknown_parameter"]);
    expect(failure("q=a&q=b")).toEqual([400, "invalid_parameter"]);
    expect(failure("limit=1.5")).toEqual([400, "invalid_parameter"]);
    expect(failure("updatedSince=2026-13-01")).toEqual([400, "invalid_parameter"]);
    expect(failure("limit=101")).toEqual([422, "invalid_parameter"]);
  });
});

describe("ETags", () => {
  it("are strong, stable and compared weakly for If-None-Match", () => {
    const etag = strongEtag("hello");
    expect(etag).toBe(strongEtag("hello"));
    expect(etag).not.toBe(strongEtag("hello!"));
    expect(etag.startsWith('"')).toBe(true);
    expect(matchesIfNoneMatch(etag, etag)).toBe(true);
    expect(matchesIfNoneMatch(`"x", W/${etag}`, etag)).toBe(true);
    expect(matchesIfNoneMatch("*", etag)).toBe(true);
    expect(matchesIfNoneMatch('"x"', etag)).toBe(false);
    expect(matchesIfNoneMatch(null, etag)).toBe(false);
  });
});

describe("API keys", () => {
  it("are random, recognisable, and stored only as a hash", () => {
    const a = generateApiKey();
    const b = generateApiKey();
    expect(a.key).not.toBe(b.key);
    expect(looksLikeApiKey(a.key)).toBe(true);
    expect(a.key.startsWith(`crk_${a.prefix}_`)).toBe(true);
    expect(a.secretHash).toBe(hashApiKey(a.key));
    expect(a.secretHash).not.toContain(a.key.slice(13));
    expect(looksLikeApiKey("crk_1234_short")).toBe(false);
    expect(parseScopes("catalog.read, nonsense,feeds.read")).toEqual(["catalog.read", "feeds.read"]);
  });
});
