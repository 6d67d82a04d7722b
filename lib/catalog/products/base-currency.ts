import "server-only";
import { cache } from "react";
import { db } from "@/lib/db/client";

/**
 * The company's base currency: list prices, costs and option deltas are in it. Read once per
 * request. Falls back to CNY only before the company row exists (first start).
 */
export const findBaseCurrency = cache(async (): Promise<string> => {
  const company = await db.company.findUnique({ where: { id: "company" }, select: { baseCurrency: true } });
  return company?.baseCurrency ?? "CNY";
});
