import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { ownedDocumentWhere, salesScope } from "@/lib/sales/sales-scope";

const LIMIT = 500;

/** Orders waiting on credit hold that the actor may see, oldest hold first (the release queue). */
export async function findCreditHolds({ actor }: { actor: Actor }) {
  const scope = await salesScope(actor);
  return db.salesOrder.findMany({
    where: { AND: [{ status: "confirmed", creditHold: true }, ownedDocumentWhere(scope)] },
    orderBy: [{ creditHoldAt: "asc" }, { id: "asc" }],
    take: LIMIT,
    select: {
      id: true,
      number: true,
      orderDate: true,
      total: true,
      totalBase: true,
      currencyCode: true,
      creditHoldReason: true,
      creditHoldAt: true,
      account: { select: { id: true, name: true, creditLimit: true } },
      owner: { select: { id: true, name: true } },
    },
  });
}

export type CreditHoldRow = Awaited<ReturnType<typeof findCreditHolds>>[number];
