import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors";
import { accountScopeWhere, contactScopeWhere, crmScope } from "../crm-scope";
import { leadScopeWhere } from "../leads/lead-values";
import { MERGE_FIELDS, type MergeType } from "./merge-fields";
import { recordHref } from "./record-href";

/** A value as the merge page shows it: plain text, a money amount, a yes/no, or a name for an id. */
export type MergeValue = { kind: "text"; text: string } | { kind: "money"; minor: number | null } | { kind: "bool"; value: boolean };

export type MergeRecord = {
  id: string;
  title: string;
  subtitle: string;
  href: string;
  values: Record<string, MergeValue>;
  /** Related records that will move to the survivor, by relation. */
  related: Record<string, number>;
};

const text = (value: string | number | null | undefined): MergeValue => ({ kind: "text", text: value === null || value === undefined ? "" : String(value) });

async function accountRecord(actor: Actor, id: string): Promise<MergeRecord | null> {
  const scope = await crmScope(actor);
  const a = await db.account.findFirst({
    where: { AND: [{ id }, accountScopeWhere(scope)] },
    include: { owner: { select: { name: true } }, priceList: { select: { name: true } }, _count: { select: { contacts: true, opportunities: true, activities: true, serviceCases: true, convertedLeads: true, splits: true } } },
  });
  if (!a) return null;
  const values: Record<string, MergeValue> = {};
  for (const field of MERGE_FIELDS.account) values[field] = text(a[field as keyof typeof a] as string);
  values.ownerId = text(a.owner.name);
  values.priceListId = text(a.priceList?.name ?? "");
  values.creditLimit = { kind: "money", minor: a.creditLimit };
  return { id: a.id, title: a.name, subtitle: a.code, href: recordHref("account", a.id), values, related: a._count };
}

async function contactRecord(actor: Actor, id: string): Promise<MergeRecord | null> {
  const scope = await crmScope(actor);
  const c = await db.contact.findFirst({
    where: { AND: [{ id }, contactScopeWhere(scope)] },
    include: { account: { select: { name: true } }, _count: { select: { opportunities: true, activities: true, serviceCases: true, convertedLeads: true } } },
  });
  if (!c) return null;
  const values: Record<string, MergeValue> = {};
  for (const field of MERGE_FIELDS.contact) values[field] = text(c[field as keyof typeof c] as string);
  values.accountId = text(c.account.name);
  values.isPrimary = { kind: "bool", value: c.isPrimary };
  return { id: c.id, title: c.name, subtitle: c.account.name, href: recordHref("contact", c.id), values, related: c._count };
}

async function leadRecord(actor: Actor, id: string): Promise<MergeRecord | null> {
  const scope = await crmScope(actor);
  const l = await db.lead.findFirst({
    where: { AND: [{ id }, leadScopeWhere(scope), { status: { not: "converted" } }] },
    include: { owner: { select: { name: true } }, _count: { select: { activities: true } } },
  });
  if (!l) return null;
  const values: Record<string, MergeValue> = {};
  for (const field of MERGE_FIELDS.lead) values[field] = text(l[field as keyof typeof l] as string);
  values.ownerId = text(l.owner.name);
  return { id: l.id, title: l.personName, subtitle: [l.number, l.company].filter(Boolean).join(" · "), href: recordHref("lead", l.id), values, related: l._count };
}

const LOADERS: Record<MergeType, (actor: Actor, id: string) => Promise<MergeRecord | null>> = { account: accountRecord, contact: contactRecord, lead: leadRecord };

/** Both records of a proposed merge, side by side; NotFound unless the actor may change both. */
export async function findMergePair({ actor, type, a, b }: { actor: Actor; type: MergeType; a: string; b: string }): Promise<{ a: MergeRecord; b: MergeRecord }> {
  assertCan(actor, "crm.manage");
  if (a === b) throw new NotFoundError();
  const [left, right] = [await LOADERS[type](actor, a), await LOADERS[type](actor, b)];
  if (!left || !right) throw new NotFoundError();
  return { a: left, b: right };
}
