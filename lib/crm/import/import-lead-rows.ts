import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { loadScope } from "@/lib/auth/load-scope";
import { ownerWhere, type Scope } from "@/lib/auth/scope";
import { assertCan } from "@/lib/auth/permissions";
import type { Tx } from "@/lib/db/client";
import { normalizeEmail, normalizePersonName } from "@/lib/domain/dedupe";
import { importInTransaction, schemaRowErrors, serviceRowError } from "@/lib/imports/batch-transaction";
import type { BatchOutcome, ImportRow, RowError } from "@/lib/imports/importer";
import { LeadCreateInput } from "@/lib/validation/leads";
import { createLead } from "../leads/create-lead";
import { LEAD_COLUMN_OF_INPUT } from "./crm-import-fields";
import { leadFormFromRow } from "./crm-rows";

/**
 * How a row finds a lead that is already in Carrack: by email, else by the person's name at the
 * company — so importing a file twice does not duplicate it.
 */
function rowKey(values: Record<string, string>): string {
  const email = normalizeEmail(values.email ?? "");
  return email ? `email:${email}` : `name:${normalizePersonName(values.person_name ?? "")}|${(values.company ?? "").trim().toLowerCase()}`;
}

/** The batch's existing leads, among those the actor may see (another rep's lead reads as new). */
async function existingKeys(tx: Tx, scope: Scope, batch: ImportRow[]): Promise<Set<string>> {
  const emails = [...new Set(batch.map((r) => normalizeEmail(r.values.email ?? "")).filter(Boolean))];
  const names = [...new Set(batch.filter((r) => !normalizeEmail(r.values.email ?? "")).map((r) => (r.values.person_name ?? "").trim()).filter(Boolean))];
  const visible = scope.kind === "all" ? {} : ownerWhere(scope, "ownerId");
  const or = [...(emails.length ? [{ email: { in: emails } }] : []), ...(names.length ? [{ personName: { in: names } }] : [])];
  if (or.length === 0) return new Set();
  const leads = await tx.lead.findMany({ where: { AND: [visible, { OR: or }] }, select: { email: true, personName: true, company: true } });
  return new Set(leads.map((l) => rowKey({ email: l.email, person_name: l.personName, company: l.company })));
}

/**
 * Validates every row and, unless dryRun, creates the new leads through the same service as the
 * lead form (numbering, assignment rules when no owner is given, audit). A lead that is already
 * in Carrack is left as its rep has it and counted as unchanged: leads are worked after import.
 */
export async function importLeadRows({ actor, rows, dryRun }: { actor: Actor; rows: ImportRow[]; dryRun: boolean }): Promise<BatchOutcome> {
  assertCan(actor, "crm.manage");
  const scope = await loadScope(actor);
  const firstRow = new Map<string, number>();
  const early = new Map<number, RowError[]>();
  for (const { row, values } of rows) {
    const key = rowKey(values);
    const seen = firstRow.get(key);
    early.set(row, seen === undefined ? [] : [{ row, field: values.email ? "email" : "person_name", ns: "imports", key: "rows.duplicateKey", values: { row: seen } }]);
    if (seen === undefined) firstRow.set(key, row);
  }
  const ownerEmails = [...new Set(rows.map((r) => (r.values.owner_email ?? "").trim().toLowerCase()).filter(Boolean))];

  return importInTransaction(
    rows,
    dryRun,
    async (tx, batch) => {
      const outcome: BatchOutcome = { created: 0, updated: 0, unchanged: 0, errors: [] };
      const existing = await existingKeys(tx, scope, batch);
      const owners = ownerEmails.length ? await tx.user.findMany({ where: { email: { in: ownerEmails } }, select: { id: true, email: true } }) : [];
      const ownerByEmail = new Map(owners.map((u) => [u.email.toLowerCase(), u.id]));
      for (const item of batch) {
        const rowErrors: RowError[] = [...(early.get(item.row) ?? [])];
        const { form, errors } = leadFormFromRow(item.values);
        rowErrors.push(...errors.map((e) => ({ row: item.row, field: e.field, ns: "imports" as const, key: `rows.${e.key}`, values: e.values })));
        const ownerEmail = (item.values.owner_email ?? "").trim().toLowerCase();
        const ownerId = ownerEmail ? ownerByEmail.get(ownerEmail) : actor.id;
        if (ownerEmail && !ownerId) rowErrors.push({ row: item.row, field: "owner_email", ns: "imports", key: "rows.unknownUser", values: { value: ownerEmail } });
        const parsed = LeadCreateInput.safeParse({ ...form, ownerId: ownerId ?? "" });
        if (!parsed.success) rowErrors.push(...schemaRowErrors(item.row, parsed.error.issues, LEAD_COLUMN_OF_INPUT, new Set(rowErrors.map((e) => e.field))));
        if (rowErrors.length > 0 || !parsed.success) {
          outcome.errors.push(...rowErrors);
          continue;
        }
        if (existing.has(rowKey(item.values))) {
          outcome.unchanged += 1;
          continue;
        }
        try {
          await createLead({ actor, input: parsed.data, tx });
          outcome.created += 1;
        } catch (error) {
          const rowError = serviceRowError(item.row, error, LEAD_COLUMN_OF_INPUT);
          if (!rowError) throw error;
          outcome.errors.push(rowError);
        }
      }
      return outcome;
    },
    "lead",
  );
}
