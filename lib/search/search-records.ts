import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { containsText } from "@/lib/db/provider";
import { loadScope } from "@/lib/auth/load-scope";
import { accountScopeWhere, contactScopeWhere } from "@/lib/crm/crm-scope";
import { serviceCaseScopeWhere } from "@/lib/service/cases/service-case-values";
import { leadScopeWhere } from "@/lib/crm/leads/lead-values";

export type RecordHit = { kind: "user" | "team" | "product" | "account" | "contact" | "serviceCase" | "lead"; id: string; label: string; detail: string; href: string };

/**
 * Records for the command menu, only of kinds the actor may open. Each later feature adds its
 * kinds here with its own scope filter. At most `limit` hits per kind, so the menu stays fast.
 */
export async function searchRecords({ actor, query, limit = 5 }: { actor: Actor; query: string; limit?: number }): Promise<RecordHit[]> {
  const q = query.trim();
  if (q.length < 1) return [];
  const hits: RecordHit[] = [];
  if (can(actor, "settings.users.manage")) {
    const users = await db.user.findMany({
      where: { OR: [{ name: containsText(q) }, { email: containsText(q) }] },
      select: { id: true, name: true, email: true },
      orderBy: { name: "asc" },
      take: limit,
    });
    hits.push(...users.map((u) => ({ kind: "user" as const, id: u.id, label: u.name, detail: u.email, href: `/app/settings/users/${u.id}` })));
  }
  if (can(actor, "settings.teams.manage")) {
    const teams = await db.team.findMany({ where: { name: containsText(q) }, select: { id: true, name: true }, orderBy: { name: "asc" }, take: limit });
    hits.push(...teams.map((t) => ({ kind: "team" as const, id: t.id, label: t.name, detail: "", href: `/app/settings/teams/${t.id}` })));
  }
  if (can(actor, "catalog.read")) {
    const products = await db.product.findMany({
      where: { OR: [{ sku: containsText(q) }, { nameZh: containsText(q) }, { nameEn: containsText(q) }] },
      select: { id: true, sku: true, nameZh: true, nameEn: true },
      orderBy: { sku: "asc" },
      take: limit,
    });
    const name = (p: { nameZh: string; nameEn: string }) => (actor.locale === "en" ? p.nameEn : p.nameZh);
    hits.push(...products.map((p) => ({ kind: "product" as const, id: p.id, label: name(p), detail: p.sku, href: `/app/catalog/products/${p.id}` })));
  }
  if (can(actor, "crm.read")) {
    // Scoped like the lists: another rep's accounts and contacts never appear here.
    const scope = await loadScope(actor);
    const accounts = await db.account.findMany({
      where: { AND: [accountScopeWhere(scope), { OR: [{ name: containsText(q) }, { code: containsText(q) }, { taxId: containsText(q) }] }] },
      select: { id: true, code: true, name: true },
      orderBy: { name: "asc" },
      take: limit,
    });
    hits.push(...accounts.map((a) => ({ kind: "account" as const, id: a.id, label: a.name, detail: a.code, href: `/app/crm/accounts/${a.id}` })));
    const contacts = await db.contact.findMany({
      where: { AND: [contactScopeWhere(scope), { OR: [{ name: containsText(q) }, { email: containsText(q) }, { mobile: containsText(q) }] }] },
      select: { id: true, name: true, account: { select: { name: true } } },
      orderBy: { name: "asc" },
      take: limit,
    });
    hits.push(...contacts.map((c) => ({ kind: "contact" as const, id: c.id, label: c.name, detail: c.account.name, href: `/app/crm/contacts/${c.id}` })));
    const serviceCases = await db.serviceCase.findMany({
      where: { AND: [serviceCaseScopeWhere(scope), { OR: [{ number: containsText(q) }, { subject: containsText(q) }] }] },
      select: { id: true, number: true, subject: true, account: { select: { name: true } } },
      orderBy: { openedAt: "desc" },
      take: limit,
    });
    hits.push(...serviceCases.map((c) => ({ kind: "serviceCase" as const, id: c.id, label: `${c.number} · ${c.subject}`, detail: c.account.name, href: `/app/service/cases/${c.id}` })));
    const leads = await db.lead.findMany({
      where: { AND: [leadScopeWhere(scope), { OR: [{ number: containsText(q) }, { personName: containsText(q) }, { company: containsText(q) }, { email: containsText(q) }] }] },
      select: { id: true, number: true, personName: true, company: true },
      orderBy: { createdAt: "desc" },
      take: limit,
    });
    hits.push(...leads.map((l) => ({ kind: "lead" as const, id: l.id, label: l.personName, detail: [l.number, l.company].filter(Boolean).join(" · "), href: `/app/crm/leads/${l.id}` })));
  }
  return hits;
}
