import { describe, expect, it } from "vitest";
import { bomEncoding, detectDelimiter, detectEncoding, utf8Checker } from "./encoding";

// "产品名称,价格" as Chinese Excel saves it (GBK), and as UTF-8.
const GBK = Uint8Array.from([0xb2, 0xfa, 0xc6, 0xb7, 0xc3, 0xfb, 0xb3, 0xc6, 0x2c, 0xbc, 0xdb, 0xb8, 0xf1]);
const UTF8 = new TextEncoder().encode("产品名称,价格");

describe("detectEncoding", () => {
  it("reads byte-order marks", () => {
    expect(bomEncoding(Uint8Array.from([0xef, 0xbb, 0xbf, 0x41]))).toEqual({ encoding: "utf-8", length: 3 });
    expect(bomEncoding(Uint8Array.from([0xff, 0xfe, 0x41, 0]))).toEqual({ encoding: "utf-16le", length: 2 });
    expect(bomEncoding(Uint8Array.from([0xfe, 0xff, 0, 0x41]))).toEqual({ encoding: "utf-16be", length: 2 });
    expect(bomEncoding(UTF8)).toBeNull();
  });
  it("tells UTF-8 from GBK without a BOM", () => {
    expect(detectEncoding(UTF8)).toBe("utf-8");
    expect(detectEncoding(GBK)).toBe("gb18030");
    expect(new TextDecoder("gb18030").decode(GBK)).toBe("产品名称,价格");
    expect(detectEncoding(new TextEncoder().encode("sku,name\nA,B"))).toBe("utf-8");
  });
  it("accepts a character split between chunks", () => {
    const check = utf8Checker();
    expect(check.push(UTF8.subarray(0, 2))).toBe(true);
    expect(check.push(UTF8.subarray(2))).toBe(true);
    expect(check.end()).toBe(true);
  });
  it("fails a truncated character at the end", () => {
    const check = utf8Checker();
    expect(check.push(UTF8.subarray(0, 2))).toBe(true);
    expect(check.end()).toBe(false);
  });
});

describe("detectDelimiter", () => {
  it("picks the most frequent separator outside quotes", () => {
    expect(detectDelimiter("sku,name,price\n1;2;3;4")).toBe(",");
    expect(detectDelimiter("sku;name;price")).toBe(";");
    expect(detectDelimiter("sku\tname\tprice")).toBe("\t");
    expect(detectDelimiter('"a;b;c",d')).toBe(",");
    expect(detectDelimiter("sku")).toBe(",");
  });
});
