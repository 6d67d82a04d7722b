import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { loadScope } from "@/lib/auth/load-scope";
import { assertCan } from "@/lib/auth/permissions";
import type { Scope } from "@/lib/auth/scope";
import type { Tx } from "@/lib/db/client";
import { normalizeEmail, normalizePersonName } from "@/lib/domain/dedupe";
import { importInTransaction, schemaRowErrors, serviceRowError } from "@/lib/imports/batch-transaction";
import type { BatchOutcome, ImportRow, RowError } from "@/lib/imports/importer";
import { ContactCreateInput, ContactUpdateInput } from "@/lib/validation/crm";
import { insertContact } from "../contacts/create-contact";
import { applyContactUpdate } from "../contacts/update-contact";
import { accountScopeWhere, contactScopeWhere } from "../crm-scope";
import { CONTACT_COLUMN_OF_INPUT } from "./crm-import-fields";
import { contactFormFromRow } from "./crm-rows";

const CONTACT_SELECT = { id: true, accountId: true, name: true, title: true, department: true, email: true, phone: true, mobile: true, preferredLocale: true, isPrimary: true, notes: true } as const;
type ExistingContact = { id: string; accountId: string; name: string; title: string; department: string; email: string; phone: string; mobile: string; preferredLocale: string; isPrimary: boolean; notes: string };

/**
 * How a row finds its contact again: by email when it has one, else by name at its account —
 * so importing a file twice updates instead of duplicating.
 */
function rowKey(values: Record<string, string>): string {
  const email = normalizeEmail(values.email ?? "");
  return email ? `email:${email}` : `name:${(values.account_code ?? "").trim()}:${normalizePersonName(values.name ?? "")}`;
}

async function loadBatch(tx: Tx, scope: Scope, batch: ImportRow[]) {
  const codes = [...new Set(batch.map((r) => (r.values.account_code ?? "").trim()).filter(Boolean))];
  // Contacts attach only to accounts the actor may see; another rep's code reads as unknown.
  const accounts = codes.length ? await tx.account.findMany({ where: { AND: [{ code: { in: codes } }, accountScopeWhere(scope)] }, select: { id: true, code: true } }) : [];
  const accountByCode = new Map(accounts.map((a) => [a.code, a.id]));
  const emails = [...new Set(batch.map((r) => normalizeEmail(r.values.email ?? "")).filter(Boolean))];
  const byEmail = emails.length ? await tx.contact.findMany({ where: { AND: [{ email: { in: emails } }, contactScopeWhere(scope)] }, select: CONTACT_SELECT }) : [];
  const accountIds = [...accountByCode.values()];
  // Contacts without an email are matched by name within their account (an account has few).
  const byAccount = accountIds.length ? await tx.contact.findMany({ where: { accountId: { in: accountIds }, email: "" }, select: CONTACT_SELECT }) : [];
  const existing = new Map<string, ExistingContact[]>();
  const add = (key: string, c: ExistingContact) => existing.set(key, [...(existing.get(key) ?? []), c]);
  for (const c of byEmail) add(`email:${c.email}`, c);
  const codeOf = new Map(accounts.map((a) => [a.id, a.code]));
  for (const c of byAccount) add(`name:${codeOf.get(c.accountId)}:${normalizePersonName(c.name)}`, c);
  return { accountByCode, existing };
}

/**
 * Validates every row and, unless dryRun, creates or updates the valid ones through the same
 * services as the contact form, all rows of a batch in one transaction. A row names its account
 * by code; it matches an existing contact by email (or by name at that account).
 */
export async function importContactRows({ actor, rows, dryRun }: { actor: Actor; rows: ImportRow[]; dryRun: boolean }): Promise<BatchOutcome> {
  assertCan(actor, "crm.manage");
  const scope = await loadScope(actor);
  const firstRow = new Map<string, number>();
  const early = new Map<number, RowError[]>();
  for (const { row, values } of rows) {
    const key = rowKey(values);
    const seen = firstRow.get(key);
    early.set(row, seen === undefined ? [] : [{ row, field: values.email ? "email" : "name", ns: "imports", key: "rows.duplicateKey", values: { row: seen } }]);
    if (seen === undefined) firstRow.set(key, row);
  }

  return importInTransaction(
    rows,
    dryRun,
    async (tx, batch) => {
      const outcome: BatchOutcome = { created: 0, updated: 0, unchanged: 0, errors: [] };
      const { accountByCode, existing } = await loadBatch(tx, scope, batch);
      for (const item of batch) {
        const rowErrors: RowError[] = [...(early.get(item.row) ?? [])];
        if (rowErrors.length > 0) {
          outcome.errors.push(...rowErrors);
          continue;
        }
        const code = (item.values.account_code ?? "").trim();
        const accountId = accountByCode.get(code);
        if (code && !accountId) rowErrors.push({ row: item.row, field: "account_code", ns: "imports", key: "rows.unknownAccount", values: { value: code } });
        const matches = existing.get(rowKey(item.values)) ?? [];
        if (matches.length > 1) rowErrors.push({ row: item.row, field: item.values.email ? "email" : "name", ns: "imports", key: "rows.ambiguousMatch", values: { count: matches.length } });
        const found = matches.length === 1 ? matches[0] : null;
        const { form, errors } = contactFormFromRow(item.values, found);
        rowErrors.push(...errors.map((e) => ({ row: item.row, field: e.field, ns: "imports" as const, key: `rows.${e.key}`, values: e.values })));
        const input = { ...form, accountId: accountId ?? code };
        const parsed = found ? ContactUpdateInput.safeParse({ ...input, id: found.id }) : ContactCreateInput.safeParse(input);
        if (!parsed.success) rowErrors.push(...schemaRowErrors(item.row, parsed.error.issues, CONTACT_COLUMN_OF_INPUT, new Set(rowErrors.map((e) => e.field))));
        if (rowErrors.length > 0 || !parsed.success) {
          outcome.errors.push(...rowErrors);
          continue;
        }
        try {
          if (found) {
            const { changed } = await applyContactUpdate(tx, actor, scope, parsed.data as ContactUpdateInput);
            if (changed) outcome.updated += 1;
            else outcome.unchanged += 1;
          } else {
            await insertContact(tx, actor, scope, parsed.data);
            outcome.created += 1;
          }
        } catch (error) {
          const rowError = serviceRowError(item.row, error, CONTACT_COLUMN_OF_INPUT);
          if (!rowError) throw error;
          outcome.errors.push(rowError);
        }
      }
      return outcome;
    },
    "contact",
  );
}
