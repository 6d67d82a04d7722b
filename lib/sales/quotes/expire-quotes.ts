import "server-only";
import { db } from "@/lib/db/client";

/**
 * Marks every draft or sent quote whose validity ended before `today` (YYYY-MM-DD, company
 * zone) as expired. The job worker calls it on every tick: one indexed conditional UPDATE, so
 * several instances running it at once change each quote once. Returns how many it expired.
 */
export async function expireQuotes({ today }: { today: string }): Promise<number> {
  const { count } = await db.quote.updateMany({ where: { status: { in: ["draft", "sent"] }, validUntil: { lt: today } }, data: { status: "expired" } });
  return count;
}
