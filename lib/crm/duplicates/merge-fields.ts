// The fields a person chooses between when merging two records, per record type. Shared by the
// merge page (one radio pair per field) and the merge services (which copy the chosen values).

export const ACCOUNT_MERGE_FIELDS = [
  "code",
  "name",
  "type",
  "industry",
  "region",
  "province",
  "city",
  "billingAddress",
  "shippingAddress",
  "taxId",
  "ownerId",
  "paymentTermsDays",
  "creditLimit",
  "priceListId",
  "tags",
  "status",
] as const;

export const CONTACT_MERGE_FIELDS = ["accountId", "name", "title", "department", "email", "phone", "mobile", "preferredLocale", "isPrimary", "notes"] as const;

export const LEAD_MERGE_FIELDS = [
  "personName",
  "company",
  "title",
  "email",
  "phone",
  "region",
  "province",
  "city",
  "industry",
  "source",
  "campaign",
  "ownerId",
  "rating",
  "score",
  "notes",
] as const;

export type MergeType = "account" | "contact" | "lead";

export const MERGE_FIELDS: Record<MergeType, readonly string[]> = {
  account: ACCOUNT_MERGE_FIELDS,
  contact: CONTACT_MERGE_FIELDS,
  lead: LEAD_MERGE_FIELDS,
};

/**
 * The surviving record's values: each field from the side chosen for it (the survivor's by
 * default). Unknown keys in `choices` are ignored.
 */
export function chooseValues<F extends string, R extends Record<F, unknown>>(
  fields: readonly F[],
  survivor: R,
  merged: R,
  choices: Record<string, "survivor" | "merged">,
): Pick<R, F> {
  const out = {} as Pick<R, F>;
  for (const field of fields) out[field] = choices[field] === "merged" ? merged[field] : survivor[field];
  return out;
}
