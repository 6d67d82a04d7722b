// CRM vocabularies shared by validation, services, tables and the seed.
export const ACCOUNT_TYPES = ["customer", "prospect", "partner"] as const;
export type AccountType = (typeof ACCOUNT_TYPES)[number];

export const ACCOUNT_STATUSES = ["active", "inactive"] as const;

// China's sales regions; the province and city are free text below a region.
export const REGIONS = ["east", "south", "north", "central", "southwest", "northwest", "northeast"] as const;
export type Region = (typeof REGIONS)[number];

/** Generated account codes: C-00001 … */
export const ACCOUNT_CODE_PREFIX = "C-";
export const ACCOUNT_CODE_DIGITS = 5;

export function accountCode(n: number): string {
  return `${ACCOUNT_CODE_PREFIX}${String(n).padStart(ACCOUNT_CODE_DIGITS, "0")}`;
}

/** Tags as typed ("a, b,,a") → a clean comma-separated list without duplicates. */
export function normalizeTags(text: string): string {
  const seen = new Set<string>();
  for (const raw of text.split(/[,，]/)) {
    const tag = raw.trim();
    if (tag) seen.add(tag);
  }
  return [...seen].join(",");
}
