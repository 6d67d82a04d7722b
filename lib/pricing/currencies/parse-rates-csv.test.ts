import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { MAX_RATE_ROWS, parseRatesCsv } from "./parse-rates-csv";

describe("parseRatesCsv", () => {
  it("reads rows by header name (any order, any case), with a BOM, quotes and blank lines", () => {
    const text = '\uFEFFDate,Rate,Currency,Note\n2026-03-02,7.12340,usd,x\n\n"2026-03-02","7.9",EUR,\n';
    expect(parseRatesCsv(text)).toEqual({
      rows: [
        { line: 2, currencyCode: "USD", rateDate: "2026-03-02", rate: "7.1234" },
        { line: 4, currencyCode: "EUR", rateDate: "2026-03-02", rate: "7.9" },
      ],
      errors: [],
    });
  });

  it("lists every bad cell with its line, and duplicates of currency + day within the file", () => {
    const text = ["currency,date,rate", "US,2026-03-02,7.1", "USD,2026-02-30,7.1", "USD,2026-03-02,0", "USD,2026-03-02,-1", "USD,2026-03-03,7.12345678901", "USD,2026-03-04,7.2", "usd,2026-03-04,7.3", "JPY,2026-03-04,1e3"].join("\r\n");
    const { rows, errors } = parseRatesCsv(text);
    expect(rows.map((r) => r.line)).toEqual([7]);
    expect(errors).toEqual([
      { line: 2, field: "currency", key: "currency" },
      { line: 3, field: "date", key: "date" },
      { line: 4, field: "rate", key: "rate" },
      { line: 5, field: "rate", key: "rate" },
      { line: 6, field: "rate", key: "rate" },
      { line: 8, field: "row", key: "duplicate", values: { line: 7 } },
      { line: 9, field: "rate", key: "rate" },
    ]);
  });

  it("accepts up to 10 decimals and normalises the text", () => {
    const { rows } = parseRatesCsv("currency,date,rate\nJPY,2026-03-02,0.0472000000\nKWD,2026-03-02,023.5");
    expect(rows.map((r) => r.rate)).toEqual(["0.0472", "23.5"]);
  });

  it("refuses a file without the three columns, without rows, or with too many rows", () => {
    const key = (text: string) => {
      try {
        parseRatesCsv(text);
        return null;
      } catch (e) {
        expect(e).toBeInstanceOf(AppError);
        return (e as AppError).key;
      }
    };
    expect(key("currency,day,rate\nUSD,2026-03-02,7.1")).toBe("pricing.importHeader");
    expect(key("")).toBe("pricing.importHeader");
    expect(key("currency,date,rate\n")).toBe("pricing.importEmpty");
    expect(key('currency,date,rate\n"USD,2026-03-02,7.1')).toBe("pricing.importHeader"); // unclosed quote
    const many = ["currency,date,rate", ...Array.from({ length: MAX_RATE_ROWS + 1 }, (_, i) => `USD,2026-03-02,${i + 1}`)].join("\n");
    expect(key(many)).toBe("pricing.importTooManyRows");
  });
});
