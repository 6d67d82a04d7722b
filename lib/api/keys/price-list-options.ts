import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";

/** Active price lists to choose a partner list from. */
export async function priceListOptions({ actor }: { actor: Actor }): Promise<{ value: string; label: string }[]> {
  assertCan(actor, "api.manage");
  const lists = await db.priceList.findMany({ where: { active: true }, select: { id: true, name: true, currencyCode: true }, orderBy: [{ name: "asc" }, { id: "asc" }] });
  return lists.map((l) => ({ value: l.id, label: `${l.name} (${l.currencyCode})` }));
}
