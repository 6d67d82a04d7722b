import "server-only";
import type { Actor } from "@/lib/auth/actor";
import type { Scope } from "@/lib/auth/scope";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/sqlite/client";
import {
  diceSimilarity,
  NAME_SIMILARITY_THRESHOLD,
  namePrefixes,
  normalizeCompanyName,
  normalizeEmail,
  normalizePersonName,
  normalizePhone,
  normalizeTaxId,
} from "@/lib/domain/dedupe";
import type { DuplicateCheckInput } from "@/lib/validation/duplicates";
import { accountScopeWhere, contactScopeWhere, crmScope } from "../crm-scope";
import { leadScopeWhere } from "../leads/lead-values";

export type DuplicateReason = "taxId" | "name" | "email" | "phone" | "nameAtAccount" | "contactEmail" | "accountName";

export type LikelyDuplicate = {
  type: "account" | "contact" | "lead";
  id: string;
  label: string;
  detail: string;
  reasons: DuplicateReason[];
};

/** Candidates fetched per indexed prefix range; similarity is computed on at most this many. */
const CANDIDATES_PER_PREFIX = 100;
const MAX_RESULTS = 10;

/** The raw spellings a stored phone may have for one normalized number (the column has no normalized copy). */
export function phoneVariants(phone: string): string[] {
  const digits = normalizePhone(phone);
  if (!digits) return [];
  const variants = new Set([phone.trim(), digits, `+86${digits}`, `+86 ${digits}`, `0086${digits}`, `86${digits}`]);
  if (digits.length === 11) variants.add(`${digits.slice(0, 3)}-${digits.slice(3, 7)}-${digits.slice(7)}`).add(`${digits.slice(0, 3)} ${digits.slice(3, 7)} ${digits.slice(7)}`);
  return [...variants];
}

class Found {
  private byKey = new Map<string, LikelyDuplicate>();
  add(type: LikelyDuplicate["type"], row: { id: string; label: string; detail: string }, reason: DuplicateReason) {
    const key = `${type}:${row.id}`;
    const current = this.byKey.get(key);
    if (current) {
      if (!current.reasons.includes(reason)) current.reasons.push(reason);
    } else this.byKey.set(key, { type, ...row, reasons: [reason] });
  }
  list(): LikelyDuplicate[] {
    // Exact identifiers first (tax id, email, phone), then similar names.
    const weight = (d: LikelyDuplicate) => d.reasons.filter((r) => r !== "name" && r !== "accountName").length * 10 + d.reasons.length;
    return [...this.byKey.values()].sort((a, b) => weight(b) - weight(a) || a.label.localeCompare(b.label)).slice(0, MAX_RESULTS);
  }
}

/**
 * Accounts whose name is similar: fetched by an indexed range on the name's first characters
 * (bounded), compared in memory after normalization.
 */
async function similarAccounts(scope: Scope, name: string, excludeId: string) {
  const target = normalizeCompanyName(name);
  if (!target) return [];
  const rows = new Map<string, { id: string; code: string; name: string; taxId: string }>();
  for (const prefix of namePrefixes(name)) {
    const found = await db.account.findMany({
      where: { AND: [{ name: { gte: prefix, lt: `${prefix}\uffff` } }, { id: { not: excludeId } }, accountScopeWhere(scope)] },
      select: { id: true, code: true, name: true, taxId: true },
      orderBy: { name: "asc" },
      take: CANDIDATES_PER_PREFIX,
    });
    for (const row of found) rows.set(row.id, row);
  }
  return [...rows.values()].filter((row) => diceSimilarity(target, normalizeCompanyName(row.name)) >= NAME_SIMILARITY_THRESHOLD);
}

async function accountDuplicates(scope: Scope, input: Extract<DuplicateCheckInput, { type: "account" }>, found: Found) {
  const taxId = normalizeTaxId(input.taxId);
  if (taxId) {
    const rows = await db.account.findMany({
      where: { AND: [{ taxId: { in: [...new Set([input.taxId, taxId])] } }, { id: { not: input.excludeId } }, accountScopeWhere(scope)] },
      select: { id: true, code: true, name: true },
      take: MAX_RESULTS,
    });
    for (const row of rows) found.add("account", { id: row.id, label: row.name, detail: row.code }, "taxId");
  }
  if (input.name) for (const row of await similarAccounts(scope, input.name, input.excludeId)) found.add("account", { id: row.id, label: row.name, detail: row.code }, "name");
}

const CONTACT_SELECT = { id: true, name: true, email: true, account: { select: { name: true } } } as const;
const contactRow = (c: { id: string; name: string; email: string; account: { name: string } }) => ({ id: c.id, label: c.name, detail: c.account.name });

async function contactDuplicates(scope: Scope, input: Extract<DuplicateCheckInput, { type: "contact" }>, found: Found) {
  const notSelf = { id: { not: input.excludeId } };
  const email = normalizeEmail(input.email);
  if (email) {
    const rows = await db.contact.findMany({ where: { AND: [{ email }, notSelf, contactScopeWhere(scope)] }, select: CONTACT_SELECT, take: MAX_RESULTS });
    for (const row of rows) found.add("contact", contactRow(row), "email");
  }
  const phones = [...new Set([...phoneVariants(input.phone), ...phoneVariants(input.mobile)])];
  if (phones.length) {
    const rows = await db.contact.findMany({
      where: { AND: [{ OR: [{ phone: { in: phones } }, { mobile: { in: phones } }] }, notSelf, contactScopeWhere(scope)] },
      select: CONTACT_SELECT,
      take: MAX_RESULTS,
    });
    for (const row of rows) found.add("contact", contactRow(row), "phone");
  }
  const name = normalizePersonName(input.name);
  if (name && input.accountId) {
    // Contacts of one account are few; the account id is indexed.
    const rows = await db.contact.findMany({ where: { AND: [{ accountId: input.accountId }, notSelf, contactScopeWhere(scope)] }, select: CONTACT_SELECT, take: 500 });
    for (const row of rows) if (normalizePersonName(row.name) === name) found.add("contact", contactRow(row), "nameAtAccount");
  }
}

async function leadDuplicates(scope: Scope, input: Extract<DuplicateCheckInput, { type: "lead" }>, found: Found) {
  const notSelf = { id: { not: input.excludeId } };
  const email = normalizeEmail(input.email);
  const phones = phoneVariants(input.phone);
  const or: Prisma.LeadWhereInput[] = [];
  if (email) or.push({ email });
  if (phones.length) or.push({ phone: { in: phones } });
  if (or.length) {
    const rows = await db.lead.findMany({
      where: { AND: [{ OR: or }, notSelf, { status: { not: "converted" } }, leadScopeWhere(scope)] },
      select: { id: true, number: true, personName: true, company: true, email: true, phone: true },
      take: MAX_RESULTS,
    });
    for (const row of rows) {
      const item = { id: row.id, label: row.personName, detail: [row.number, row.company].filter(Boolean).join(" · ") };
      if (email && row.email === email) found.add("lead", item, "email");
      if (phones.includes(row.phone)) found.add("lead", item, "phone");
    }
  }
  // A lead for someone already a contact, or a company already an account.
  if (email || phones.length) {
    const contactOr: Prisma.ContactWhereInput[] = [];
    if (email) contactOr.push({ email });
    if (phones.length) contactOr.push({ phone: { in: phones } }, { mobile: { in: phones } });
    const rows = await db.contact.findMany({ where: { AND: [{ OR: contactOr }, contactScopeWhere(scope)] }, select: CONTACT_SELECT, take: MAX_RESULTS });
    for (const row of rows) found.add("contact", contactRow(row), email && row.email === email ? "contactEmail" : "phone");
  }
  if (input.company) for (const row of await similarAccounts(scope, input.company, "")) found.add("account", { id: row.id, label: row.name, detail: row.code }, "accountName");
}

/**
 * Records the actor may see that are likely the one being entered (same tax id, email or
 * phone, or a very similar name). Names and emails use indexed ranges/equality with capped
 * candidate sets; Account.taxId and the phone columns have no index in this schema, so those
 * equality lookups scan (measured ≈ 30–90 ms at 100k accounts). Called when a form field loses
 * focus, never per keystroke.
 */
export async function findLikelyDuplicates({ actor, input }: { actor: Actor; input: DuplicateCheckInput }): Promise<LikelyDuplicate[]> {
  const scope = await crmScope(actor);
  const found = new Found();
  if (input.type === "account") await accountDuplicates(scope, input, found);
  else if (input.type === "contact") await contactDuplicates(scope, input, found);
  else await leadDuplicates(scope, input, found);
  return found.list();
}
