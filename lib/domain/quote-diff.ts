// What changed between two quote revisions. Pure: no I/O, unit tested in quote-diff.test.ts.
//
// Lines have no identity across revisions (a revision is a copy), so they are paired by what
// they sell: the product, or the description for free-text lines. Repeats of the same product
// pair in order (the first with the first). A paired line whose numbers differ is "changed";
// the rest are "added" (only in `to`) or "removed" (only in `from`).

export type DiffLine = {
  position: number;
  productId: string | null;
  description: string;
  quantity: number;
  unitPrice: number;
  discountBp: number;
  vatRateBp: number;
  net: number;
  gross: number;
};

export type DiffHeader = {
  currencyCode: string;
  priceListId: string | null;
  pricesIncludeTax: boolean;
  validUntil: string;
  paymentTermsDays: number;
  notes: string;
  terms: string;
  subtotal: number;
  taxTotal: number;
  total: number;
};

export type DiffRevision = DiffHeader & { lines: DiffLine[] };

export const HEADER_FIELDS = ["currencyCode", "priceListId", "pricesIncludeTax", "validUntil", "paymentTermsDays", "notes", "terms", "subtotal", "taxTotal", "total"] as const;
export type HeaderField = (typeof HEADER_FIELDS)[number];

export const LINE_FIELDS = ["description", "quantity", "unitPrice", "discountBp", "vatRateBp", "net", "gross"] as const;
export type LineField = (typeof LINE_FIELDS)[number];

export type HeaderChange = { field: HeaderField; from: DiffHeader[HeaderField]; to: DiffHeader[HeaderField] };
export type LineChange =
  | { kind: "added"; to: DiffLine }
  | { kind: "removed"; from: DiffLine }
  | { kind: "changed"; from: DiffLine; to: DiffLine; fields: LineField[] };

export type QuoteDiff = { header: HeaderChange[]; lines: LineChange[]; unchangedLines: number };

function lineKey(line: DiffLine): string {
  return line.productId ? `p:${line.productId}` : `d:${line.description.trim().toLowerCase()}`;
}

/** The header fields and lines that differ from `from` to `to`, lines in the order of `to` then removals. */
export function diffRevisions(from: DiffRevision, to: DiffRevision): QuoteDiff {
  const header: HeaderChange[] = [];
  for (const field of HEADER_FIELDS) {
    if (from[field] !== to[field]) header.push({ field, from: from[field], to: to[field] });
  }

  // Queues of unpaired `from` lines per key, in position order.
  const waiting = new Map<string, DiffLine[]>();
  for (const line of [...from.lines].sort((a, b) => a.position - b.position)) {
    const key = lineKey(line);
    waiting.set(key, [...(waiting.get(key) ?? []), line]);
  }

  const lines: LineChange[] = [];
  let unchangedLines = 0;
  for (const line of [...to.lines].sort((a, b) => a.position - b.position)) {
    const queue = waiting.get(lineKey(line));
    const match = queue?.shift();
    if (!match) {
      lines.push({ kind: "added", to: line });
      continue;
    }
    const fields = LINE_FIELDS.filter((f) => match[f] !== line[f]);
    if (fields.length) lines.push({ kind: "changed", from: match, to: line, fields });
    else unchangedLines += 1;
  }
  const removed = [...waiting.values()].flat().sort((a, b) => a.position - b.position);
  for (const line of removed) lines.push({ kind: "removed", from: line });
  return { header, lines, unchangedLines };
}
