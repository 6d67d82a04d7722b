import { describe, expect, it } from "vitest";
import { ResponseCache } from "./response-cache";

const answer = (body: string) => ({ body, etag: `"${body}"` });

describe("ResponseCache", () => {
  it("serves an entry for its version only; a new version drops every old entry", () => {
    const cache = new ResponseCache({ maxEntries: 10, maxChars: 1000 });
    expect(cache.get("v1", "a")).toBeUndefined();
    cache.set("v1", "a", answer("one"));
    expect(cache.get("v1", "a")).toEqual(answer("one"));
    expect(cache.get("v2", "a")).toBeUndefined();
    expect(cache.size).toEqual({ entries: 0, chars: 0 });
  });

  it("ignores an answer computed under a version the cache has left", () => {
    const cache = new ResponseCache({ maxEntries: 10, maxChars: 1000 });
    cache.get("v1", "a");
    cache.get("v2", "b"); // a newer request moved on
    cache.set("v1", "a", answer("stale"));
    expect(cache.get("v2", "a")).toBeUndefined();
  });

  it("evicts the least recently used entry by count and by size", () => {
    const cache = new ResponseCache({ maxEntries: 2, maxChars: 10 });
    cache.get("v", "x");
    cache.set("v", "a", answer("aaa"));
    cache.set("v", "b", answer("bbb"));
    cache.get("v", "a"); // a is now the most recent
    cache.set("v", "c", answer("ccc"));
    expect(cache.get("v", "b")).toBeUndefined();
    expect(cache.get("v", "a")).toBeDefined();
    cache.set("v", "d", answer("dddddddd")); // 8 + 3 > 10: only d fits with nothing else
    expect(cache.size).toEqual({ entries: 1, chars: 8 });
    cache.set("v", "huge", answer("x".repeat(11)));
    expect(cache.get("v", "huge")).toBeUndefined();
  });

  it("shares one computation between concurrent misses, and computes again after an error", async () => {
    const cache = new ResponseCache({ maxEntries: 10, maxChars: 1000 });
    let runs = 0;
    const compute = async () => {
      runs += 1;
      await new Promise((r) => setTimeout(r, 5));
      return answer(`run${runs}`);
    };
    const all = await Promise.all([cache.through("v", "k", compute), cache.through("v", "k", compute), cache.through("v", "k", compute)]);
    expect(runs).toBe(1);
    expect(all.map((a) => a.body)).toEqual(["run1", "run1", "run1"]);
    expect(await cache.through("v", "k", compute)).toEqual(answer("run1"));
    await expect(cache.through("v2", "k", () => Promise.reject(new Error("boom")))).rejects.toThrow("boom");
    expect((await cache.through("v2", "k", compute)).body).toBe("run2");
  });
});
