import { describe, expect, it } from "vitest";
import {
  canonicalConfiguration,
  ConfigurationPriceError,
  parseExcludes,
  priceConfiguration,
  validateConfiguration,
  type Configuration,
  type OptionGroupRule,
} from "./configuration";

// A engraved pen: a required body (one of three), optional engraving (needs text), optional extras
// (several allowed). Gold nib cannot go with the resin body; the matte finish cannot be engraved.
const GROUPS: OptionGroupRule[] = [
  {
    code: "body",
    required: true,
    multiple: false,
    choices: [
      { code: "steel", priceDelta: 0, requiresNote: false, excludes: [] },
      { code: "resin", priceDelta: -1500, requiresNote: false, excludes: ["extras.gold-nib"] },
      { code: "matte", priceDelta: 2000, requiresNote: false, excludes: [] },
    ],
  },
  {
    code: "engraving",
    required: false,
    multiple: false,
    choices: [{ code: "text", priceDelta: 3500, requiresNote: true, excludes: ["body.matte"] }],
  },
  {
    code: "extras",
    required: false,
    multiple: true,
    choices: [
      { code: "gift-box", priceDelta: 1200, requiresNote: false, excludes: [] },
      { code: "gold-nib", priceDelta: 8800, requiresNote: false, excludes: [] },
      { code: "refill", priceDelta: 333, requiresNote: false, excludes: [] },
    ],
  },
];

const pick = (...codes: string[]): Configuration => ({
  choices: codes.map((code) => {
    const [group, choice, note] = code.split(".");
    return note === undefined ? { group, choice } : { group, choice, note };
  }),
});

describe("validateConfiguration", () => {
  it("accepts a minimal valid selection (the required group only)", () => {
    expect(validateConfiguration(GROUPS, pick("body.steel"))).toEqual([]);
  });

  it("accepts several choices in a multiple group, with a note where one is required", () => {
    expect(validateConfiguration(GROUPS, pick("body.steel", "engraving.text.For Li", "extras.gift-box", "extras.refill"))).toEqual([]);
  });

  it("reports a required group left empty", () => {
    expect(validateConfiguration(GROUPS, pick())).toEqual([{ code: "requiredGroup", group: "body" }]);
    expect(validateConfiguration(GROUPS, pick("extras.refill"))).toEqual([{ code: "requiredGroup", group: "body" }]);
  });

  it("reports two choices in a single-choice group", () => {
    expect(validateConfiguration(GROUPS, pick("body.steel", "body.resin"))).toEqual([{ code: "singleChoice", group: "body" }]);
  });

  it("reports a missing or blank note on a choice that requires one", () => {
    expect(validateConfiguration(GROUPS, pick("body.steel", "engraving.text"))).toEqual([{ code: "noteRequired", group: "engraving", choice: "text" }]);
    expect(validateConfiguration(GROUPS, pick("body.steel", "engraving.text.   "))).toEqual([{ code: "noteRequired", group: "engraving", choice: "text" }]);
  });

  it("allows a note on a choice that does not need one", () => {
    expect(validateConfiguration(GROUPS, pick("body.steel.brushed please"))).toEqual([]);
  });

  it("reports an excluded combination once, whichever side declares it", () => {
    // declared on the first selected choice
    expect(validateConfiguration(GROUPS, pick("body.resin", "extras.gold-nib"))).toEqual([{ code: "excluded", group: "body", choice: "resin", other: "extras.gold-nib" }]);
    // declared on the second selected choice: still reported, on the first
    expect(validateConfiguration(GROUPS, pick("extras.gold-nib", "body.resin"))).toEqual([{ code: "excluded", group: "extras", choice: "gold-nib", other: "body.resin" }]);
    expect(validateConfiguration(GROUPS, pick("body.matte", "engraving.text.Hi"))).toEqual([{ code: "excluded", group: "body", choice: "matte", other: "engraving.text" }]);
  });

  it("reports unknown groups and choices, and ignores them for the other rules", () => {
    expect(validateConfiguration(GROUPS, pick("colour.red", "body.steel"))).toEqual([{ code: "unknownGroup", group: "colour" }]);
    expect(validateConfiguration(GROUPS, pick("body.titanium"))).toEqual([
      { code: "unknownChoice", group: "body", choice: "titanium" },
      { code: "requiredGroup", group: "body" },
    ]);
  });

  it("reports a repeated choice", () => {
    expect(validateConfiguration(GROUPS, pick("body.steel", "extras.refill", "extras.refill"))).toEqual([{ code: "duplicateChoice", group: "extras", choice: "refill" }]);
  });

  it("reports every broken rule at once, in a stable order", () => {
    const errors = validateConfiguration(GROUPS, pick("body.resin", "body.matte", "engraving.text", "extras.gold-nib", "nope.x"));
    expect(errors).toEqual([
      { code: "unknownGroup", group: "nope" },
      { code: "singleChoice", group: "body" },
      { code: "excluded", group: "body", choice: "resin", other: "extras.gold-nib" },
      { code: "excluded", group: "body", choice: "matte", other: "engraving.text" },
      { code: "noteRequired", group: "engraving", choice: "text" },
    ]);
  });

  it("has nothing to check for a product without option groups", () => {
    expect(validateConfiguration([], pick())).toEqual([]);
    expect(validateConfiguration([], pick("a.b"))).toEqual([{ code: "unknownGroup", group: "a" }]);
  });

  it("checks every subset of the extras against the rules (exhaustive)", () => {
    const extras = GROUPS[2].choices.map((c) => c.code);
    for (const body of ["steel", "resin", "matte"]) {
      for (let mask = 0; mask < 1 << extras.length; mask++) {
        const chosen = extras.filter((_, i) => mask & (1 << i));
        const errors = validateConfiguration(GROUPS, pick(`body.${body}`, ...chosen.map((c) => `extras.${c}`)));
        const expectClash = body === "resin" && chosen.includes("gold-nib");
        expect(errors.length, `${body} + ${chosen.join(",")}`).toBe(expectClash ? 1 : 0);
      }
    }
  });
});

describe("priceConfiguration", () => {
  it("is the base price plus each selected choice's delta, exactly", () => {
    expect(priceConfiguration(19900, GROUPS, pick("body.steel"))).toBe(19900);
    expect(priceConfiguration(19900, GROUPS, pick("body.matte", "extras.gift-box", "extras.refill"))).toBe(19900 + 2000 + 1200 + 333);
    expect(priceConfiguration(19900, GROUPS, pick("body.resin", "engraving.text.x"))).toBe(19900 - 1500 + 3500);
  });

  it("counts a repeated choice once", () => {
    expect(priceConfiguration(100, GROUPS, pick("extras.refill", "extras.refill"))).toBe(433);
  });

  it("throws for unknown codes instead of pricing them as zero", () => {
    expect(() => priceConfiguration(100, GROUPS, pick("body.gold"))).toThrow(ConfigurationPriceError);
    expect(() => priceConfiguration(100, GROUPS, pick("other.steel"))).toThrow(ConfigurationPriceError);
  });

  it("refuses a negative result and non-integer inputs", () => {
    expect(() => priceConfiguration(1000, GROUPS, pick("body.resin"))).toThrow(RangeError);
    expect(() => priceConfiguration(10.5, GROUPS, pick())).toThrow(TypeError);
    const bad: OptionGroupRule[] = [{ code: "g", required: false, multiple: false, choices: [{ code: "c", priceDelta: 0.1, requiresNote: false, excludes: [] }] }];
    expect(() => priceConfiguration(0, bad, pick("g.c"))).toThrow(TypeError);
  });

  it("stays exact past 2^31 and refuses past 2^53", () => {
    const big: OptionGroupRule[] = [{ code: "g", required: false, multiple: true, choices: [{ code: "a", priceDelta: 2 ** 31, requiresNote: false, excludes: [] }] }];
    expect(priceConfiguration(2 ** 31, big, pick("g.a"))).toBe(2 ** 32);
    expect(() => priceConfiguration(Number.MAX_SAFE_INTEGER, big, pick("g.a"))).toThrow(RangeError);
  });
});

describe("canonicalConfiguration", () => {
  it("orders by the product's groups and choices, drops repeats and empty notes, trims notes", () => {
    const messy = pick("extras.refill", "engraving.text. For Li ", "body.steel.", "extras.gift-box", "extras.refill");
    expect(canonicalConfiguration(GROUPS, messy)).toEqual({
      choices: [
        { group: "body", choice: "steel" },
        { group: "engraving", choice: "text", note: "For Li" },
        { group: "extras", choice: "gift-box" },
        { group: "extras", choice: "refill" },
      ],
    });
  });

  it("drops unknown codes", () => {
    expect(canonicalConfiguration(GROUPS, pick("x.y", "body.steel"))).toEqual({ choices: [{ group: "body", choice: "steel" }] });
  });
});

describe("parseExcludes", () => {
  it("splits, trims and de-duplicates the stored text", () => {
    expect(parseExcludes("")).toEqual([]);
    expect(parseExcludes(" a.b, c.d ,,a.b ")).toEqual(["a.b", "c.d"]);
  });
});
