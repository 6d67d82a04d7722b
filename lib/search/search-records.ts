import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { containsText } from "@/lib/db/provider";

export type RecordHit = { kind: "user" | "team" | "product"; id: string; label: string; detail: string; href: string };

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
  return hits;
}
