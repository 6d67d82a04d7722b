import { describe, expect, it } from "vitest";
import { diffRevisions, type DiffLine, type DiffRevision } from "./quote-diff";

const line = (position: number, changes: Partial<DiffLine> = {}): DiffLine => ({
  position,
  productId: `p${position}`,
  description: `Line ${position}`,
  quantity: 1000,
  unitPrice: 10000,
  discountBp: 0,
  vatRateBp: 1300,
  net: 10000,
  gross: 11300,
  ...changes,
});

const revision = (lines: DiffLine[], changes: Partial<DiffRevision> = {}): DiffRevision => ({
  currencyCode: "CNY",
  priceListId: null,
  pricesIncludeTax: false,
  validUntil: "2026-12-31",
  paymentTermsDays: 30,
  notes: "",
  terms: "",
  subtotal: 0,
  taxTotal: 0,
  total: 0,
  lines,
  ...changes,
});

describe("diffRevisions", () => {
  it("finds nothing between identical revisions", () => {
    const r = revision([line(0), line(1)]);
    expect(diffRevisions(r, structuredClone(r))).toEqual({ header: [], lines: [], unchangedLines: 2 });
  });

  it("lists changed header fields with both values", () => {
    const diff = diffRevisions(revision([], { validUntil: "2026-12-31", total: 100 }), revision([], { validUntil: "2027-01-15", total: 90, notes: "Rush" }));
    expect(diff.header).toEqual([
      { field: "validUntil", from: "2026-12-31", to: "2027-01-15" },
      { field: "notes", from: "", to: "Rush" },
      { field: "total", from: 100, to: 90 },
    ]);
  });

  it("pairs lines by product, whatever their position, and names the changed fields", () => {
    const from = revision([line(0), line(1)]);
    const to = revision([line(0, { productId: "p1", description: "Line 1", quantity: 2000, net: 20000, gross: 22600 }), line(1, { productId: "p0", description: "Line 0" })]);
    const diff = diffRevisions(from, to);
    expect(diff.unchangedLines).toBe(1);
    expect(diff.lines).toHaveLength(1);
    expect(diff.lines[0]).toMatchObject({ kind: "changed", fields: ["quantity", "net", "gross"] });
  });

  it("reports added and removed lines; free-text lines pair by description", () => {
    const from = revision([line(0), line(1, { productId: null, description: "Installation" })]);
    const to = revision([line(0, { discountBp: 1500 }), line(1, { productId: null, description: "installation " }), line(2)]);
    const diff = diffRevisions(from, to);
    expect(diff.lines.map((l) => l.kind)).toEqual(["changed", "changed", "added"]);
    expect(diff.lines[0]).toMatchObject({ fields: ["discountBp"] });
    // "Installation" and "installation " are the same line with a retyped description.
    expect(diff.lines[1]).toMatchObject({ fields: ["description"] });
    expect(diff.unchangedLines).toBe(0);
    const removal = diffRevisions(to, from);
    expect(removal.lines.map((l) => l.kind)).toEqual(["changed", "changed", "removed"]);
  });

  it("pairs repeated products in order", () => {
    const from = revision([line(0, { productId: "x" }), line(1, { productId: "x", quantity: 5000 })]);
    const to = revision([line(0, { productId: "x" })]);
    const diff = diffRevisions(from, to);
    expect(diff.unchangedLines).toBe(1);
    expect(diff.lines).toEqual([{ kind: "removed", from: from.lines[1] }]);
  });
});
