// Likely-duplicate matching for CRM records: the normalizations that make two spellings of one
// company, phone, email or tax id compare equal, and a name similarity. Pure, unit tested.

// Legal-form suffixes that say nothing about which company it is, longest first so
// "股份有限公司" goes before "有限公司". Matched at the end of the folded name.
const COMPANY_SUFFIXES = [
  "股份有限公司",
  "有限责任公司",
  "集团有限公司",
  "有限公司",
  "集团公司",
  "分公司",
  "公司",
  "集团",
  "corporation",
  "incorporated",
  "company",
  "limited",
  "colimited",
  "coltd",
  "ltd",
  "llc",
  "inc",
  "corp",
  "gmbh",
  "plc",
  "co",
];

/** Case, width (NFKC), whitespace and punctuation folded away. */
export function foldText(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\s\p{P}\p{S}]+/gu, "");
}

/**
 * A company name as compared for duplicates: folded, with legal-form suffixes removed
 * ("Acme Trading Co., Ltd." and "ACME trading" → "acmetrading"; "华联贸易有限公司" → "华联贸易").
 */
export function normalizeCompanyName(name: string): string {
  let folded = foldText(name);
  for (let changed = true; changed; ) {
    changed = false;
    for (const suffix of COMPANY_SUFFIXES) {
      if (folded.length > suffix.length && folded.endsWith(suffix)) {
        folded = folded.slice(0, -suffix.length);
        changed = true;
        break;
      }
    }
  }
  return folded;
}

/** A person's name: folded (case, width, spaces, punctuation). */
export function normalizePersonName(name: string): string {
  return foldText(name);
}

/**
 * A phone number as digits only, without the China country code (+86 / 0086), so
 * "+86 138-0013-8000" and "13800138000" compare equal. "" when too short to mean anything.
 */
export function normalizePhone(phone: string): string {
  let digits = phone.normalize("NFKC").replace(/\D+/g, "");
  if (digits.startsWith("0086")) digits = digits.slice(4);
  else if (digits.startsWith("86") && digits.length === 13) digits = digits.slice(2);
  return digits.length >= 7 ? digits : "";
}

export function normalizeEmail(email: string): string {
  return email.normalize("NFKC").trim().toLowerCase();
}

/** A tax id (统一社会信用代码): upper case, no spaces or dashes. */
export function normalizeTaxId(taxId: string): string {
  return taxId.normalize("NFKC").toUpperCase().replace(/[\s\-_.]+/g, "");
}

function bigrams(text: string): Map<string, number> {
  const chars = [...text];
  const grams = new Map<string, number>();
  // A one-character name is its own gram, so "华" vs "华" is 1 and not 0/0.
  if (chars.length === 1) grams.set(chars[0], 1);
  for (let i = 0; i + 1 < chars.length; i++) {
    const gram = chars[i] + chars[i + 1];
    grams.set(gram, (grams.get(gram) ?? 0) + 1);
  }
  return grams;
}

/**
 * Sørensen–Dice coefficient over character bigrams (multiset), 0…1. Bigrams suit Chinese names
 * (two characters carry a word) as well as Latin ones. Both inputs should be normalized first.
 */
export function diceSimilarity(a: string, b: string): number {
  if (a === "" || b === "") return 0;
  if (a === b) return 1;
  const ga = bigrams(a);
  const gb = bigrams(b);
  let overlap = 0;
  let total = 0;
  for (const n of ga.values()) total += n;
  for (const [gram, n] of gb) {
    total += n;
    overlap += Math.min(n, ga.get(gram) ?? 0);
  }
  return total === 0 ? 0 : (2 * overlap) / total;
}

/** Names at or above this similarity are flagged as likely the same company or person. */
export const NAME_SIMILARITY_THRESHOLD = 0.8;

/** Whether two company names are likely one company (normalized equal or similar enough). */
export function similarCompanyNames(a: string, b: string): number {
  return diceSimilarity(normalizeCompanyName(a), normalizeCompanyName(b));
}

/**
 * The few leading characters used to fetch name candidates by an indexed range query: short
 * enough to survive small typos at the end, long enough to keep the candidate set small.
 * Returns the variants (as typed, lower, upper, capitalized) because the column compares
 * case-sensitively.
 */
export function namePrefixes(name: string, length = 4): string[] {
  const trimmed = name.normalize("NFKC").trim();
  const chars = [...trimmed];
  if (chars.length === 0) return [];
  const prefix = chars.slice(0, Math.min(length, chars.length)).join("");
  const lower = prefix.toLowerCase();
  const capitalized = lower.charAt(0).toUpperCase() + lower.slice(1);
  return [...new Set([prefix, lower, prefix.toUpperCase(), capitalized])];
}
