import "server-only";
import type { Importer } from "@/lib/imports/importer";
import { ACCOUNT_IMPORT_FIELDS, CONTACT_IMPORT_FIELDS, LEAD_IMPORT_FIELDS } from "./crm-import-fields";
import { CRM_IMPORTS } from "./crm-import-types";
import { importAccountRows } from "./import-account-rows";
import { importContactRows } from "./import-contact-rows";
import { importLeadRows } from "./import-lead-rows";

/** Accounts by code or tax id (the wizard's "match on"): create or update through the account services. */
export const accountImporter: Importer = {
  type: "accounts",
  permission: "crm.manage",
  fields: ACCOUNT_IMPORT_FIELDS,
  listPath: "/app/crm/accounts",
  matchKeys: CRM_IMPORTS.accounts.matchKeys,
  run: importAccountRows,
};

/** Contacts by email (or name at their account), attached to an account by its code. */
export const contactImporter: Importer = {
  type: "contacts",
  permission: "crm.manage",
  fields: CONTACT_IMPORT_FIELDS,
  listPath: "/app/crm/contacts",
  run: importContactRows,
};

/** New leads (matched by email, or name at company, so a second run adds nothing); owners by email or the assignment rules. */
export const leadImporter: Importer = {
  type: "leads",
  permission: "crm.manage",
  fields: LEAD_IMPORT_FIELDS,
  listPath: "/app/crm/leads",
  run: importLeadRows,
};
