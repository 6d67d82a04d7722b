import { describe, expect, it } from "vitest";
import { csvFilename, csvResponse, keysetBatches } from "./csv-response";

type Row = { id: string; name: string };

describe("keysetBatches", () => {
  it("pages by id until a short batch", async () => {
    const all: Row[] = Array.from({ length: 5 }, (_, i) => ({ id: `id-${i}`, name: `n${i}` }));
    const calls: (string | null)[] = [];
    const batches = keysetBatches<Row>(async ({ cursor, take }) => {
      calls.push(cursor);
      return all.filter((r) => cursor === null || r.id > cursor).slice(0, take);
    }, 2);
    const seen: string[] = [];
    for await (const batch of batches) seen.push(...batch.map((r) => r.id));
    expect(seen).toEqual(all.map((r) => r.id));
    expect(calls).toEqual([null, "id-1", "id-3"]);
  });
});

describe("csvResponse", () => {
  it("streams a BOM, translated headers, escaped cells and formula-safe values", async () => {
    async function* batches() {
      yield [{ id: "1", name: "王芳, Wang" }];
      yield [{ id: "2", name: '=HYPERLINK("x")' }];
    }
    const response = csvResponse<Row>({ filename: "用户-2026.csv", columns: [{ header: "姓名", value: (r) => r.name }, { header: "id", value: (r) => r.id }], batches: batches() });
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toContain("attachment;");
    expect(response.headers.get("content-disposition")).toContain("filename*=UTF-8''%E7%94%A8%E6%88%B7-2026.csv");
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes.slice(3));
    expect(text).toBe('姓名,id\r\n"王芳, Wang",1\r\n"\'=HYPERLINK(""x"")",2\r\n');
  });

  it("names the file by the day in the given zone", () => {
    expect(csvFilename("users", "Asia/Shanghai", new Date("2026-03-01T17:00:00Z"))).toBe("users-2026-03-02.csv");
  });
});
