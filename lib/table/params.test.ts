import { describe, expect, it } from "vitest";
import { defineTable, filter, pageWindow, parseTableParams, tableState, toSearchParams } from "./params";

const SPEC = defineTable({
  sortable: ["name", "createdAt"],
  defaultSort: "name",
  defaultDir: "asc",
  filters: { role: filter.oneOf(["admin", "sales"] as const), team: filter.id(), from: filter.day() },
});

describe("parseTableParams", () => {
  it("reads good values", () => {
    const p = parseTableParams(SPEC, { page: "3", size: "50", sort: "createdAt", dir: "desc", q: "  wang ", role: "sales", team: "team-east", from: "2026-02-28" });
    expect(p).toEqual({ page: 3, size: 50, sort: "createdAt", dir: "desc", q: "wang", filters: { role: "sales", team: "team-east", from: "2026-02-28" } });
  });

  it("falls back to defaults for every bad value, never throwing", () => {
    const p = parseTableParams(SPEC, { page: "-2", size: "abc", sort: "passwordHash", dir: "sideways", role: "root", team: "x'; drop", from: "2026-02-30" });
    expect(p).toEqual({ page: 1, size: 20, sort: "name", dir: "asc", q: "", filters: {} });
  });

  it("caps the page size at 100 and bounds the search text", () => {
    const p = parseTableParams(SPEC, new URLSearchParams({ size: "5000", q: "x".repeat(500) }));
    expect(p.size).toBe(100);
    expect(p.q).toHaveLength(100);
  });

  it("takes the first of repeated values and sorts a named column ascending by default", () => {
    const p = parseTableParams(SPEC, { sort: ["createdAt", "name"], role: ["admin", "sales"] });
    expect(p.sort).toBe("createdAt");
    expect(p.dir).toBe("asc");
    expect(p.filters.role).toBe("admin");
  });

  it("uses the table's default direction when no valid sort is named", () => {
    const spec = defineTable({ sortable: ["at"], defaultSort: "at", defaultDir: "desc", defaultSize: 50, filters: {} });
    expect(parseTableParams(spec, {})).toMatchObject({ sort: "at", dir: "desc", size: 50 });
  });
});

describe("paging and serialising", () => {
  it("clamps the page to the last one", () => {
    expect(pageWindow({ page: 9, size: 20 }, 45)).toEqual({ page: 3, skip: 40, take: 20 });
    expect(pageWindow({ page: 4, size: 20 }, 0)).toEqual({ page: 1, skip: 0, take: 20 });
  });

  it("round-trips the filter into an export query without paging", () => {
    const p = parseTableParams(SPEC, { page: "2", size: "10", q: "li", role: "admin" });
    expect(toSearchParams(p).toString()).toBe("sort=name&dir=asc&q=li&role=admin");
    expect(tableState(p, 2)).toEqual({ page: 2, size: 10, sort: "name", dir: "asc", q: "li", filters: { role: "admin" } });
  });
});
