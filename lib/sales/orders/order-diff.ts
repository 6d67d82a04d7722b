// What a change to a confirmed order changed, field by field, for the SalesOrderChange row and
// the history on the order page. Pure. Values are kept as stored (minor units, thousandths, bp);
// the page formats them. `line` is the 1-based line number after the change (before, if removed).

export type OrderChange = { field: string; line?: number; old: string | number | null; new: string | number | null };

export const HEADER_FIELDS = ["contactId", "priceListId", "orderDate", "requestedDate", "paymentTermsDays", "customerReference", "shippingAddress", "notes", "prepaymentRequired"] as const;
export const LINE_FIELDS = ["productId", "description", "quantity", "unitPrice", "discountBp", "vatRateBp"] as const;

type Header = { [K in (typeof HEADER_FIELDS)[number]]: string | number | bigint | null };
type OldLine = { id: string; position: number } & { [K in (typeof LINE_FIELDS)[number]]: string | number | null };
type NewLine = { lineId: string | null; position: number } & { [K in (typeof LINE_FIELDS)[number]]: string | number | null };

const plain = (v: string | number | bigint | null): string | number | null => (typeof v === "bigint" ? Number(v) : v);

export function diffOrder(before: Header, after: Header, oldLines: OldLine[], newLines: NewLine[]): OrderChange[] {
  const out: OrderChange[] = [];
  for (const field of HEADER_FIELDS) {
    const o = plain(before[field]);
    const n = plain(after[field]);
    if (o !== n) out.push({ field, old: o, new: n });
  }
  const byId = new Map(oldLines.map((l) => [l.id, l]));
  const kept = new Set<string>();
  for (const l of newLines) {
    const old = l.lineId ? byId.get(l.lineId) : undefined;
    if (!old) {
      out.push({ field: "lineAdded", line: l.position + 1, old: null, new: `${l.description} × ${l.quantity}` });
      continue;
    }
    kept.add(old.id);
    for (const field of LINE_FIELDS) if (old[field] !== l[field]) out.push({ field, line: l.position + 1, old: old[field], new: l[field] });
  }
  for (const old of oldLines) if (!kept.has(old.id)) out.push({ field: "lineRemoved", line: old.position + 1, old: `${old.description} × ${old.quantity}`, new: null });
  return out;
}
