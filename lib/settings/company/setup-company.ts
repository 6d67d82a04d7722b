import "server-only";
import { hashPassword } from "@/lib/auth/password";
import { transact } from "@/lib/db/transact";
import { writeAudit } from "@/lib/audit/write-audit";
import { NotFoundError } from "@/lib/errors";
import { ensureCompany } from "@/lib/system/ensure-company";
import type { Locale } from "@/lib/i18n/locales";

/** Creates the company and its first administrator; refuses once any admin exists. */
export async function setupCompany(input: { companyName: string; name: string; email: string; password: string; locale: Locale }) {
  const passwordHash = await hashPassword(input.password);
  return transact(async (tx) => {
    if (await tx.user.findFirst({ where: { role: "admin" }, select: { id: true } })) throw new NotFoundError();
    await ensureCompany(tx, input.companyName);
    await tx.company.update({ where: { id: "company" }, data: { name: input.companyName, setupCompletedAt: new Date() } });
    const user = await tx.user.create({
      data: { email: input.email, name: input.name, role: "admin", locale: input.locale, passwordHash },
      select: { id: true, email: true, name: true, role: true, locale: true },
    });
    await writeAudit(tx, { actor: user, action: "create", entityType: "User", entityId: user.id, after: user });
    return user;
  });
}
