// The opaque page cursor of the public product list. Pure: unit tested.
//
// Why the order is by id and not by updatedAt: a keyset over (updatedAt, id) moves a product
// that changes between two page requests behind the cursor's position, so the client sees it
// twice (or, with a snapshot bound, not at all). The id never changes, so a walk by id visits
// every product that stays public exactly once, changed or not. What changed while the client
// was paging is picked up by the next incremental sync: every page carries `nextUpdatedSince`,
// the latest change the catalog had when the walk started (minus a margin for transactions
// still committing), which the cursor remembers from the first page. It is derived from the
// data, not the clock, so the same catalog always gives the same bytes (and the same ETag).

export type CursorState = {
  /** The last product id of the previous page. */
  after: string;
  /** The nextUpdatedSince fixed at the first page (ISO 8601). */
  since: string;
};

const ID = /^[A-Za-z0-9_-]{1,64}$/;

export function encodeCursor(state: CursorState): string {
  return Buffer.from(JSON.stringify({ v: 1, a: state.after, s: state.since }), "utf8").toString("base64url");
}

/** The cursor's state, or null for anything this API did not issue. */
export function decodeCursor(cursor: string): CursorState | null {
  if (cursor.length > 300 || !/^[A-Za-z0-9_-]+$/.test(cursor)) return null;
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    if (typeof parsed !== "object" || parsed === null) return null;
    const { v, a, s } = parsed as Record<string, unknown>;
    if (v !== 1 || typeof a !== "string" || !ID.test(a) || typeof s !== "string") return null;
    const started = new Date(s);
    if (Number.isNaN(started.getTime()) || started.toISOString() !== s) return null;
    return { after: a, since: s };
  } catch {
    return null;
  }
}

/**
 * Writes that set updatedAt before this instant may still be committing (a transaction runs up
 * to 20 s): the next sync starts this much earlier and may repeat a few products, never miss one.
 */
export const SYNC_MARGIN_MS = 60_000;

/** The updatedSince for the next sync, from the latest change seen (null: nothing yet). */
export function nextUpdatedSince(latestChange: Date | null): string {
  return new Date(Math.max(0, (latestChange?.getTime() ?? 0) - SYNC_MARGIN_MS)).toISOString();
}
