import { describe, expect, it } from "vitest";
import { gtinCheckDigit, isValidGtin } from "./gtin";
import { isSlug, slugCandidate, slugify } from "./slug";

describe("GTIN", () => {
  it("accepts real GTIN-8, UPC-A, EAN-13 and GTIN-14 numbers", () => {
    for (const gtin of ["96385074", "036000291452", "4006381333931", "6901234567892", "10012345678902"]) expect(isValidGtin(gtin), gtin).toBe(true);
  });
  it("rejects a wrong check digit, other lengths and non-digits", () => {
    expect(isValidGtin("4006381333932")).toBe(false);
    expect(isValidGtin("400638133393")).toBe(false); // 12 digits but the EAN's body
    expect(isValidGtin("1234567")).toBe(false);
    expect(isValidGtin("40063813339311")).toBe(false);
    expect(isValidGtin("400638133393X")).toBe(false);
    expect(isValidGtin("")).toBe(false);
  });
  it("computes the check digit from the right", () => {
    expect(gtinCheckDigit("400638133393")).toBe(1);
    expect(gtinCheckDigit("03600029145")).toBe(2);
    expect(gtinCheckDigit("9638507")).toBe(4);
  });
});

describe("slugs", () => {
  it("makes lowercase hyphenated ASCII from names", () => {
    expect(slugify("Ceramic Mug (Blue), 350 ml")).toBe("ceramic-mug-blue-350-ml");
    expect(slugify("  Café Crème  ")).toBe("cafe-creme");
    expect(slugify("办公用品")).toBe("");
    expect(slugify("a".repeat(100))).toHaveLength(80);
  });
  it("checks the shape", () => {
    expect(isSlug("blue-mug-2")).toBe(true);
    for (const bad of ["Blue", "blue--mug", "-blue", "blue-", "blue mug", "", "a".repeat(81)]) expect(isSlug(bad), bad).toBe(false);
  });
  it("numbers later candidates within the length limit", () => {
    expect(slugCandidate("mug", 1)).toBe("mug");
    expect(slugCandidate("mug", 3)).toBe("mug-3");
    expect(slugCandidate("a".repeat(80), 12)).toBe(`${"a".repeat(77)}-12`);
  });
});
