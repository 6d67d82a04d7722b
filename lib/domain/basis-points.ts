// Percentages such as a VAT rate are stored as integer basis points (13 % = 1300) and parsed
// from the typed text without floats: "9.5" → 950 exactly, never 9.5 * 100.

const PERCENT = /^(\d{1,3})(?:\.(\d{1,2}))?$/;

/** "13" → 1300, "9.5" → 950, "0.25" → 25; null for anything else or above 100 %. */
export function percentToBasisPoints(text: string): number | null {
  const match = PERCENT.exec(text.trim());
  if (!match) return null;
  const whole = Number.parseInt(match[1], 10);
  const fraction = Number.parseInt((match[2] ?? "").padEnd(2, "0"), 10);
  const bp = whole * 100 + fraction;
  return bp <= 10_000 ? bp : null;
}

/** 1300 → "13", 950 → "9.5", 25 → "0.25": the shortest exact text, for form fields. */
export function basisPointsToPercent(bp: number): string {
  if (!Number.isSafeInteger(bp) || bp < 0) throw new RangeError(`bad basis points ${bp}`);
  const whole = Math.floor(bp / 100);
  const fraction = String(bp % 100).padStart(2, "0").replace(/0+$/, "");
  return fraction ? `${whole}.${fraction}` : String(whole);
}
