// Variant combinations as pure data: which value-combinations of a group's attributes exist,
// which are missing, and the default SKU of a new one. No I/O; unit tested in combinations.test.ts.

export type AttributeAxis = { id: string; values: { id: string; valueEn: string; valueZh: string }[] };
/** A variant's choice per attribute: attribute id → value id. */
export type Combination = Record<string, string>;

/** A combination's identity: its value ids in attribute order, joined by "." (ids are cuids, no dots). */
export function combinationKey(axes: readonly AttributeAxis[], combination: Combination): string {
  return axes.map((a) => combination[a.id] ?? "").join(".");
}

/**
 * True when the combination has exactly one value for every attribute, each value belonging to
 * its attribute, and nothing else.
 */
export function isCompleteCombination(axes: readonly AttributeAxis[], combination: Combination): boolean {
  const keys = Object.keys(combination);
  if (keys.length !== axes.length) return false;
  return axes.every((a) => a.values.some((v) => v.id === combination[a.id]));
}

/** Every combination (cartesian product) in attribute and value order; none without attributes. */
export function allCombinations(axes: readonly AttributeAxis[]): Combination[] {
  if (axes.length === 0 || axes.some((a) => a.values.length === 0)) return [];
  let out: Combination[] = [{}];
  for (const axis of axes) out = out.flatMap((c) => axis.values.map((v) => ({ ...c, [axis.id]: v.id })));
  return out;
}

/** The combinations no existing variant has yet. */
export function missingCombinations(axes: readonly AttributeAxis[], existing: readonly Combination[]): Combination[] {
  const have = new Set(existing.map((c) => combinationKey(axes, c)));
  return allCombinations(axes).filter((c) => !have.has(combinationKey(axes, c)));
}

/** A short code for a value in a SKU: "Light Blue" → "LIGHTBLUE"; Chinese-only text → "V3" (its place). */
export function valueCode(value: { valueEn: string }, index: number): string {
  const code = value.valueEn.normalize("NFKD").toUpperCase().replace(/[^A-Z0-9]/g, "").slice(0, 12);
  return code || `V${index + 1}`;
}

/** "TS-100" + Red + M → "TS-100-RED-M". */
export function defaultVariantSku(groupSku: string, axes: readonly AttributeAxis[], combination: Combination): string {
  const codes = axes.map((a) => {
    const index = a.values.findIndex((v) => v.id === combination[a.id]);
    return valueCode(a.values[index], index);
  });
  return [groupSku, ...codes].join("-").slice(0, 64);
}

/** The values of a combination in attribute order, e.g. for "T恤 红 / M". */
export function combinationValues(axes: readonly AttributeAxis[], combination: Combination) {
  return axes.map((a) => a.values.find((v) => v.id === combination[a.id])!);
}
