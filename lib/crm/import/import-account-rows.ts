import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { loadScope } from "@/lib/auth/load-scope";
import { assertCan } from "@/lib/auth/permissions";
import type { Scope } from "@/lib/auth/scope";
import { db, type Tx } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/sqlite/client";
import { formatMoney } from "@/lib/domain/money";
import { importInTransaction, schemaRowErrors, serviceRowError } from "@/lib/imports/batch-transaction";
import type { BatchOutcome, ImportRow, RowError } from "@/lib/imports/importer";
import { AccountCreateInput, AccountUpdateInput } from "@/lib/validation/crm";
import { insertAccount } from "../accounts/create-account";
import { applyAccountUpdate } from "../accounts/update-account";
import { accountScopeWhere, assignableOwnerWhere } from "../crm-scope";
import { ACCOUNT_COLUMN_OF_INPUT } from "./crm-import-fields";
import { accountFormFromRow, type ExistingAccountForm } from "./crm-rows";

type MatchKey = "code" | "tax_id";

type Context = { scope: Scope; assignable: Prisma.UserWhereInput; currency: string; matchOn: MatchKey };

const EXISTING_SELECT = {
  id: true, code: true, name: true, type: true, industry: true, region: true, province: true, city: true, billingAddress: true, shippingAddress: true,
  taxId: true, ownerId: true, paymentTermsDays: true, creditLimit: true, priceListId: true, tags: true, status: true,
  splits: { select: { userId: true, percentBp: true } },
} as const;
type ExistingRow = Prisma.AccountGetPayload<{ select: typeof EXISTING_SELECT }>;

function asForm(row: ExistingRow, currency: string): ExistingAccountForm {
  return {
    ...row,
    paymentTermsDays: String(row.paymentTermsDays),
    creditLimit: row.creditLimit === null ? "" : formatMoney(row.creditLimit, currency),
  };
}

/**
 * Existing accounts of the batch by match key. By code: any account (codes are unique, so a
 * code outside the actor's scope is reported as taken, like the form does). By tax id: only
 * accounts the actor may see; two of them with one tax id make the row ambiguous.
 */
async function existingByKey(tx: Tx, ctx: Context, keys: string[]): Promise<Map<string, ExistingRow[]>> {
  const map = new Map<string, ExistingRow[]>();
  if (keys.length === 0) return map;
  const where: Prisma.AccountWhereInput = ctx.matchOn === "code" ? { code: { in: keys } } : { AND: [{ taxId: { in: keys } }, accountScopeWhere(ctx.scope)] };
  const rows = await tx.account.findMany({ where, select: EXISTING_SELECT });
  const visible = ctx.matchOn === "code" ? new Set((await tx.account.findMany({ where: { AND: [{ id: { in: rows.map((r) => r.id) } }, accountScopeWhere(ctx.scope)] }, select: { id: true } })).map((r) => r.id)) : null;
  for (const row of rows) {
    const key = ctx.matchOn === "code" ? row.code : row.taxId;
    // An account the actor may not see only blocks its code; its values are never used.
    const entry = visible && !visible.has(row.id) ? { ...row, id: "" } : row;
    map.set(key, [...(map.get(key) ?? []), entry]);
  }
  return map;
}

/** Owner emails of the batch → user ids (whether the actor may assign them is the service's check). */
async function ownersByEmail(tx: Tx, emails: string[]): Promise<Map<string, string>> {
  if (emails.length === 0) return new Map();
  const users = await tx.user.findMany({ where: { email: { in: emails } }, select: { id: true, email: true } });
  return new Map(users.map((u) => [u.email.toLowerCase(), u.id]));
}

async function importRow(tx: Tx, actor: Actor, ctx: Context, item: ImportRow, found: ExistingRow | null, owners: Map<string, string>, outcome: BatchOutcome) {
  const { form, errors } = accountFormFromRow(item.values, found ? asForm(found, ctx.currency) : null);
  const rowErrors: RowError[] = errors.map((e) => ({ row: item.row, field: e.field, ns: "imports", key: `rows.${e.key}`, values: e.values }));
  const ownerEmail = (item.values.owner_email ?? "").toLowerCase();
  let ownerId = found?.ownerId ?? actor.id;
  if (ownerEmail) {
    const id = owners.get(ownerEmail);
    if (id) ownerId = id;
    else rowErrors.push({ row: item.row, field: "owner_email", ns: "imports", key: "rows.unknownUser", values: { value: ownerEmail } });
  }
  // Split owners and the price list are kept as they are (the CSV has no columns for them).
  const input = { ...form, ownerId, priceListId: found?.priceListId ?? "", splits: found?.splits ?? [] };
  const parsed = found ? AccountUpdateInput.safeParse({ ...input, id: found.id }) : AccountCreateInput.safeParse(input);
  if (!parsed.success) rowErrors.push(...schemaRowErrors(item.row, parsed.error.issues, ACCOUNT_COLUMN_OF_INPUT, new Set(rowErrors.map((e) => e.field))));
  if (rowErrors.length > 0 || !parsed.success) return void outcome.errors.push(...rowErrors);
  try {
    if (found) {
      const { changed } = await applyAccountUpdate(tx, actor, ctx.scope, ctx.assignable, parsed.data as AccountUpdateInput);
      if (changed) outcome.updated += 1;
      else outcome.unchanged += 1;
    } else {
      await insertAccount(tx, actor, ctx.assignable, parsed.data);
      outcome.created += 1;
    }
  } catch (error) {
    const rowError = serviceRowError(item.row, error, ACCOUNT_COLUMN_OF_INPUT);
    if (!rowError) throw error;
    outcome.errors.push(rowError);
  }
}

/**
 * Validates every row and, unless dryRun, creates or updates the valid ones through the same
 * services as the account form, all rows of the batch in one transaction. Rows match existing
 * accounts on `matchOn` (account code or tax id), so running a file again updates instead of
 * duplicating.
 */
export async function importAccountRows({ actor, rows, dryRun, matchOn }: { actor: Actor; rows: ImportRow[]; dryRun: boolean; matchOn?: string }): Promise<BatchOutcome> {
  assertCan(actor, "crm.manage");
  const company = await db.company.findUnique({ where: { id: "company" }, select: { baseCurrency: true } });
  const ctx: Context = {
    scope: await loadScope(actor),
    assignable: await assignableOwnerWhere(actor),
    currency: company?.baseCurrency ?? "CNY",
    matchOn: matchOn === "tax_id" ? "tax_id" : "code",
  };
  const column = ctx.matchOn;
  const firstRow = new Map<string, number>();
  const early = new Map<number, RowError[]>();
  for (const { row, values } of rows) {
    const key = (values[column] ?? "").trim();
    const errors: RowError[] = [];
    // Without its key a row cannot be found again: importing the file twice would duplicate it.
    if (key === "") errors.push({ row, field: column, ns: "imports", key: "rows.matchKeyMissing" });
    else if (firstRow.has(key)) errors.push({ row, field: column, ns: "imports", key: "rows.duplicateKey", values: { row: firstRow.get(key)! } });
    else firstRow.set(key, row);
    early.set(row, errors);
  }

  return importInTransaction(
    rows,
    dryRun,
    async (tx, batch) => {
      const outcome: BatchOutcome = { created: 0, updated: 0, unchanged: 0, errors: [] };
      const keys = batch.map((r) => (r.values[column] ?? "").trim()).filter(Boolean);
      const existing = await existingByKey(tx, ctx, [...new Set(keys)]);
      const owners = await ownersByEmail(tx, [...new Set(batch.map((r) => (r.values.owner_email ?? "").toLowerCase()).filter(Boolean))]);
      for (const item of batch) {
        const errors = early.get(item.row) ?? [];
        if (errors.length > 0) {
          outcome.errors.push(...errors);
          continue;
        }
        const matches = existing.get((item.values[column] ?? "").trim()) ?? [];
        if (matches.length > 1) {
          outcome.errors.push({ row: item.row, field: column, ns: "imports", key: "rows.ambiguousMatch", values: { count: matches.length } });
          continue;
        }
        if (matches[0]?.id === "") {
          outcome.errors.push({ row: item.row, field: "code", ns: "validation", key: "crm.codeTaken" });
          continue;
        }
        await importRow(tx, actor, ctx, item, matches[0] ?? null, owners, outcome);
      }
      return outcome;
    },
    "account",
  );
}
