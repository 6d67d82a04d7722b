import { describe, expect, it } from "vitest";
import {
  diceSimilarity,
  foldText,
  NAME_SIMILARITY_THRESHOLD,
  namePrefixes,
  normalizeCompanyName,
  normalizeEmail,
  normalizePersonName,
  normalizePhone,
  normalizeTaxId,
  similarCompanyNames,
} from "./dedupe";

describe("company name normalization", () => {
  it("folds case, width, spaces and punctuation", () => {
    expect(foldText(" Ａｃｍｅ  Trading, (Shanghai) ")).toBe("acmetradingshanghai");
  });

  it("drops Chinese legal-form suffixes, longest first", () => {
    expect(normalizeCompanyName("上海华联贸易股份有限公司")).toBe("上海华联贸易");
    expect(normalizeCompanyName("上海华联贸易有限公司")).toBe("上海华联贸易");
    expect(normalizeCompanyName("上海华联贸易有限责任公司")).toBe("上海华联贸易");
    expect(normalizeCompanyName("华联集团")).toBe("华联");
  });

  it("drops English legal-form suffixes, also stacked ones", () => {
    expect(normalizeCompanyName("Acme Trading Co., Ltd.")).toBe("acmetrading");
    expect(normalizeCompanyName("ACME TRADING INC")).toBe("acmetrading");
    expect(normalizeCompanyName("Acme Trading Company Limited")).toBe("acmetrading");
    expect(normalizeCompanyName("Acme GmbH")).toBe("acme");
  });

  it("never strips a name down to nothing", () => {
    expect(normalizeCompanyName("公司")).toBe("公司");
    expect(normalizeCompanyName("Co")).toBe("co");
    expect(normalizeCompanyName("")).toBe("");
  });

  it("only strips suffixes at the end", () => {
    expect(normalizeCompanyName("Company of Wolves Studio")).toBe("companyofwolvesstudio");
  });
});

describe("phones, emails, tax ids, person names", () => {
  it("keeps only digits and drops the China country code", () => {
    expect(normalizePhone("+86 138-0013-8000")).toBe("13800138000");
    expect(normalizePhone("0086 13800138000")).toBe("13800138000");
    expect(normalizePhone("(021) 6234 5678")).toBe("02162345678");
    expect(normalizePhone("１３８００１３８０００")).toBe("13800138000");
  });

  it("treats too short numbers as no number", () => {
    expect(normalizePhone("123")).toBe("");
    expect(normalizePhone("ext. 12")).toBe("");
    expect(normalizePhone("")).toBe("");
  });

  it("does not eat a leading 86 of an ordinary number", () => {
    expect(normalizePhone("86123456")).toBe("86123456");
  });

  it("lower-cases emails and upper-cases tax ids without separators", () => {
    expect(normalizeEmail("  Alice@Example.COM ")).toBe("alice@example.com");
    expect(normalizeTaxId(" 91310000-7178 0123 4x ")).toBe("91310000717801234X");
    expect(normalizePersonName("Li  Wei")).toBe(normalizePersonName("li wei"));
  });
});

describe("Dice similarity", () => {
  it("is 1 for equal strings and 0 for nothing in common or empty input", () => {
    expect(diceSimilarity("acme", "acme")).toBe(1);
    expect(diceSimilarity("abcd", "wxyz")).toBe(0);
    expect(diceSimilarity("", "acme")).toBe(0);
    expect(diceSimilarity("", "")).toBe(0);
  });

  it("handles one-character names", () => {
    expect(diceSimilarity("华", "华")).toBe(1);
    expect(diceSimilarity("华", "联")).toBe(0);
  });

  it("is symmetric and counts repeated bigrams once each", () => {
    expect(diceSimilarity("night", "nacht")).toBeCloseTo(0.25);
    expect(diceSimilarity("nacht", "night")).toBeCloseTo(0.25);
    // "aaaa" has 3 × "aa", "aa" has 1: overlap 1, total 4.
    expect(diceSimilarity("aaaa", "aa")).toBeCloseTo(0.5);
  });

  it("flags typos and suffix variants as similar, different companies as not", () => {
    expect(similarCompanyNames("Acme Trading Co., Ltd.", "ACME Tradng Inc")).toBeGreaterThanOrEqual(NAME_SIMILARITY_THRESHOLD);
    expect(similarCompanyNames("上海华联贸易有限公司", "上海华联贸易股份有限公司")).toBe(1);
    expect(similarCompanyNames("上海华联贸易有限公司", "上海华联商贸有限公司")).toBeLessThan(NAME_SIMILARITY_THRESHOLD);
    expect(similarCompanyNames("Acme Trading", "Apex Logistics")).toBeLessThan(NAME_SIMILARITY_THRESHOLD);
  });
});

describe("name prefixes for the indexed candidate query", () => {
  it("gives the leading characters in the case variants a binary index needs", () => {
    expect(namePrefixes("acme trading")).toEqual(["acme", "ACME", "Acme"]);
    expect(namePrefixes("ACME")).toEqual(["ACME", "acme", "Acme"]);
    expect(namePrefixes("上海华联贸易有限公司")).toEqual(["上海华联"]);
    expect(namePrefixes("  Ab ")).toEqual(["Ab", "ab", "AB"]);
    expect(namePrefixes("   ")).toEqual([]);
  });
});
