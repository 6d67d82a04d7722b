import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors";

export const COMPANY_SELECT = {
  name: true,
  address: true,
  taxId: true,
  phone: true,
  email: true,
  baseCurrency: true,
  defaultVatRateBp: true,
  logoPath: true,
} as const;

/** The company's settings, for the admin's settings page. */
export async function findCompany({ actor }: { actor: Actor }) {
  assertCan(actor, "settings.company.manage");
  const company = await db.company.findUnique({ where: { id: "company" }, select: { ...COMPANY_SELECT, updatedAt: true } });
  if (!company) throw new NotFoundError();
  return company;
}
