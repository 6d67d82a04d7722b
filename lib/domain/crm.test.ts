import { describe, expect, it } from "vitest";
import { accountCode, normalizeTags } from "./crm";

describe("crm vocabulary helpers", () => {
  it("pads generated account codes to five digits", () => {
    expect(accountCode(1)).toBe("C-00001");
    expect(accountCode(12345)).toBe("C-12345");
  });

  it("cleans tags: trims, drops empties and duplicates, accepts full-width commas", () => {
    expect(normalizeTags(" vip, key ,,vip，重点客户 ")).toBe("vip,key,重点客户");
    expect(normalizeTags("")).toBe("");
  });
});
