import "server-only";
import { db } from "@/lib/db/client";

/** The company's base currency (not secret: every price and total is stated in it). */
export async function findBaseCurrency(): Promise<string> {
  const company = await db.company.findUnique({ where: { id: "company" }, select: { baseCurrency: true } });
  return company?.baseCurrency ?? "CNY";
}
