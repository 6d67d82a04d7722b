// Test data for CRM integration tests (lib/crm/**/*.int.test.ts): rows straight to the database
// so a test sets up exactly the state it needs; the code under test goes through the services.
import { db } from "@/lib/db/client";
import { uniqueName } from "./factories";

export async function createAccountRow(overrides: { ownerId: string; name?: string; code?: string; priceListId?: string | null; teamId?: string | null; splits?: { userId: string; percentBp: number }[] }) {
  const token = uniqueName("acct");
  return db.account.create({
    data: {
      code: overrides.code ?? token.toUpperCase(),
      name: overrides.name ?? `Account ${token}`,
      ownerId: overrides.ownerId,
      teamId: overrides.teamId ?? null,
      priceListId: overrides.priceListId ?? null,
      splits: { create: overrides.splits ?? [] },
    },
    select: { id: true, code: true, name: true, ownerId: true },
  });
}

export async function createContactRow(overrides: { accountId: string; ownerId: string; name?: string; email?: string }) {
  const token = uniqueName("contact");
  return db.contact.create({
    data: { accountId: overrides.accountId, ownerId: overrides.ownerId, name: overrides.name ?? `Contact ${token}`, email: overrides.email ?? `${token}@contact.example` },
    select: { id: true, name: true, email: true },
  });
}
