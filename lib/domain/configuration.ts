// Configure-to-order (个性化定制): the rules of a configurable product's option groups, checked
// and priced exactly. Pure: no I/O, unit tested in configuration.test.ts. The server validates
// with these before a configuration is stored; the browser uses the same code for a live price.
//
// A configuration is what a quote or order line stores, as structured data beside its own
// computed unit price: `{ choices: [{ group: "engraving", choice: "text", note: "For Li" }] }`.
import { assertSafeInteger, toSafeNumber } from "./decimal";

export type ConfigurationChoice = { group: string; choice: string; note?: string };
export type Configuration = { choices: ConfigurationChoice[] };

export type OptionChoiceRule = {
  code: string;
  /** Minor units of the base currency, tax-exclusive; may be negative (a cheaper material). */
  priceDelta: number;
  requiresNote: boolean;
  /** "group.choice" codes this choice cannot be combined with. */
  excludes: readonly string[];
};

export type OptionGroupRule = {
  code: string;
  required: boolean;
  /** Several choices of this group may be taken together. */
  multiple: boolean;
  choices: readonly OptionChoiceRule[];
};

export type ConfigurationError =
  | { code: "unknownGroup"; group: string }
  | { code: "unknownChoice"; group: string; choice: string }
  | { code: "duplicateChoice"; group: string; choice: string }
  | { code: "requiredGroup"; group: string }
  | { code: "singleChoice"; group: string }
  | { code: "excluded"; group: string; choice: string; other: string }
  | { code: "noteRequired"; group: string; choice: string };

export const MAX_NOTE_LENGTH = 500;

/** "group.choice": how `excludes` names a choice. */
export const choiceKey = (group: string, choice: string): string => `${group}.${choice}`;

/** The stored `excludes` text ("a.x, b.y") as a clean list. */
export function parseExcludes(text: string): string[] {
  return [...new Set(text.split(",").map((s) => s.trim()).filter(Boolean))];
}

function findChoice(groups: readonly OptionGroupRule[], selected: ConfigurationChoice): { group?: OptionGroupRule; choice?: OptionChoiceRule } {
  const group = groups.find((g) => g.code === selected.group);
  return { group, choice: group?.choices.find((c) => c.code === selected.choice) };
}

/**
 * Every rule the selection breaks (empty when it is valid), in a stable order: unknown codes and
 * repeats first, then per group (in the product's order) required and single-choice rules, then
 * notes and exclusions per selected choice. An exclusion is reported once per pair, on the choice
 * selected first, whichever side declared it.
 */
export function validateConfiguration(groups: readonly OptionGroupRule[], selection: Configuration): ConfigurationError[] {
  const errors: ConfigurationError[] = [];
  const known: { group: OptionGroupRule; choice: OptionChoiceRule; note: string }[] = [];
  const seen = new Set<string>();

  for (const selected of selection.choices) {
    const { group, choice } = findChoice(groups, selected);
    if (!group) {
      errors.push({ code: "unknownGroup", group: selected.group });
      continue;
    }
    if (!choice) {
      errors.push({ code: "unknownChoice", group: selected.group, choice: selected.choice });
      continue;
    }
    const key = choiceKey(group.code, choice.code);
    if (seen.has(key)) {
      errors.push({ code: "duplicateChoice", group: group.code, choice: choice.code });
      continue;
    }
    seen.add(key);
    known.push({ group, choice, note: (selected.note ?? "").trim() });
  }

  for (const group of groups) {
    const count = known.filter((k) => k.group === group).length;
    if (group.required && count === 0) errors.push({ code: "requiredGroup", group: group.code });
    if (!group.multiple && count > 1) errors.push({ code: "singleChoice", group: group.code });
  }

  const reported = new Set<string>();
  for (const [i, k] of known.entries()) {
    const key = choiceKey(k.group.code, k.choice.code);
    if (k.choice.requiresNote && k.note === "") errors.push({ code: "noteRequired", group: k.group.code, choice: k.choice.code });
    for (const [j, other] of known.entries()) {
      if (i === j) continue;
      const otherKey = choiceKey(other.group.code, other.choice.code);
      const clash = k.choice.excludes.includes(otherKey) || other.choice.excludes.includes(key);
      const pair = [key, otherKey].sort().join("|");
      if (clash && !reported.has(pair)) {
        reported.add(pair);
        errors.push({ code: "excluded", group: k.group.code, choice: k.choice.code, other: otherKey });
      }
    }
  }
  return errors;
}

export class ConfigurationPriceError extends RangeError {
  constructor(readonly selected: ConfigurationChoice) {
    super(`unknown option ${choiceKey(selected.group, selected.choice)}`);
    this.name = "ConfigurationPriceError";
  }
}

/**
 * The configured unit price: base price plus the delta of every selected choice, in exact minor
 * units (a repeated choice counts once). Unknown codes throw: validate first. The result may not
 * be negative (a discount by option beyond the price is a mistake in the rules, not a credit).
 */
export function priceConfiguration(basePrice: number, groups: readonly OptionGroupRule[], selection: Configuration): number {
  assertSafeInteger(basePrice, "base price");
  let total = BigInt(basePrice);
  const counted = new Set<string>();
  for (const selected of selection.choices) {
    const { choice } = findChoice(groups, selected);
    if (!choice) throw new ConfigurationPriceError(selected);
    const key = choiceKey(selected.group, selected.choice);
    if (counted.has(key)) continue;
    counted.add(key);
    assertSafeInteger(choice.priceDelta, "price delta");
    total += BigInt(choice.priceDelta);
  }
  if (total < 0n) throw new RangeError(`configured price ${total} is negative`);
  return toSafeNumber(total, "configured price");
}

/**
 * The selection as it is stored: in the product's group and choice order, repeats dropped, notes
 * trimmed (and omitted when empty), so equal configurations compare equal as JSON.
 */
export function canonicalConfiguration(groups: readonly OptionGroupRule[], selection: Configuration): Configuration {
  const out: ConfigurationChoice[] = [];
  for (const group of groups) {
    for (const choice of group.choices) {
      const selected = selection.choices.find((s) => s.group === group.code && s.choice === choice.code);
      if (!selected) continue;
      const note = (selected.note ?? "").trim();
      out.push(note ? { group: group.code, choice: choice.code, note } : { group: group.code, choice: choice.code });
    }
  }
  return { choices: out };
}
