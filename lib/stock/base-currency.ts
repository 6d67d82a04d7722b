import "server-only";
import { db } from "@/lib/db/client";

/** Costs and stock values are in the company's base currency. */
export async function baseCurrency(): Promise<string> {
  const company = await db.company.findUnique({ where: { id: "company" }, select: { baseCurrency: true } });
  return company?.baseCurrency ?? "CNY";
}
