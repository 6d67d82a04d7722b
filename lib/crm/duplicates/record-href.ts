import type { MergeType } from "./merge-fields";

/** Where a CRM record's page is. */
export function recordHref(type: MergeType, id: string): string {
  const base = type === "account" ? "/app/crm/accounts" : type === "contact" ? "/app/crm/contacts" : "/app/crm/leads";
  return `${base}/${encodeURIComponent(id)}`;
}
