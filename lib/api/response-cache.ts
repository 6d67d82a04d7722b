// A small in-memory cache of finished JSON answers (body bytes and ETag) for one data version at
// a time. Pure (no I/O), unit tested. The version is read per request (catalog-version.ts); when
// it moves, every entry of the old version is dropped at once, so nothing stale is ever served,
// and a late writer that computed under an older version cannot put its answer back.

export type CachedJson = { body: string; etag: string };

/** Limits: entries, and the bodies' total length in UTF-16 units (about bytes for JSON). */
export type ResponseCacheOptions = { maxEntries: number; maxChars: number };

export class ResponseCache {
  private version: string | null = null;
  // A Map keeps insertion order: re-inserting on a hit makes the first key the least recently used.
  private entries = new Map<string, CachedJson>();
  private chars = 0;
  private pending = new Map<string, Promise<CachedJson>>();

  constructor(private readonly options: ResponseCacheOptions) {}

  /** The entry for `key` at `version`, or undefined (a newer version empties the cache). */
  get(version: string, key: string): CachedJson | undefined {
    this.moveTo(version);
    const found = this.entries.get(key);
    if (found) {
      this.entries.delete(key);
      this.entries.set(key, found);
    }
    return found;
  }

  /** Stores an answer computed at `version`; ignored when the cache has moved to another one. */
  set(version: string, key: string, value: CachedJson): void {
    if (this.version !== version) return;
    const size = value.body.length;
    if (size > this.options.maxChars) return;
    const old = this.entries.get(key);
    if (old) {
      this.chars -= old.body.length;
      this.entries.delete(key);
    }
    this.entries.set(key, value);
    this.chars += size;
    for (const [oldest, entry] of this.entries) {
      if (this.entries.size <= this.options.maxEntries && this.chars <= this.options.maxChars) break;
      this.entries.delete(oldest);
      this.chars -= entry.body.length;
    }
  }

  /**
   * The cached answer, else the one being computed for the same key and version (concurrent
   * misses share one computation), else computes it.
   */
  async through(version: string, key: string, compute: () => Promise<CachedJson>): Promise<CachedJson> {
    const found = this.get(version, key);
    if (found) return found;
    const flightKey = `${version}\n${key}`;
    let flight = this.pending.get(flightKey);
    if (!flight) {
      flight = compute().finally(() => this.pending.delete(flightKey));
      this.pending.set(flightKey, flight);
      const value = await flight;
      this.set(version, key, value);
      return value;
    }
    return flight;
  }

  get size(): { entries: number; chars: number } {
    return { entries: this.entries.size, chars: this.chars };
  }

  private moveTo(version: string): void {
    if (this.version === version) return;
    this.version = version;
    this.entries.clear();
    this.chars = 0;
  }
}

const globalCache = globalThis as unknown as { carrackCatalogResponses?: ResponseCache };

/**
 * The process's cache of catalog API answers (on globalThis: every route bundle shares it).
 * 1,000 answers or 64 M characters, whichever comes first: a 100-product page is about 150 kB.
 */
export function catalogResponseCache(): ResponseCache {
  return (globalCache.carrackCatalogResponses ??= new ResponseCache({ maxEntries: 1000, maxChars: 64 * 1024 * 1024 }));
}
