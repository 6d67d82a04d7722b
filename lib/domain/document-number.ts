// Document numbers such as Q-2026-00001: prefix, year, counter padded with zeros.
// Pure, so the settings preview and the allocating service print numbers the same way.

export const MIN_PADDING = 3;
export const MAX_PADDING = 8;

export function formatDocumentNumber(prefix: string, year: number, n: number, padding: number): string {
  if (!Number.isSafeInteger(n) || n < 1) throw new RangeError(`bad document counter ${n}`);
  // A counter longer than the padding keeps all its digits: numbers must stay unique.
  return `${prefix}-${year}-${String(n).padStart(padding, "0")}`;
}
