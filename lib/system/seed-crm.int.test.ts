import { expect, it } from "vitest";
import { findAccounts } from "@/lib/crm/accounts/find-accounts";
import { ACCOUNTS_TABLE } from "@/lib/crm/accounts/accounts-table";
import { db } from "@/lib/db/client";
import { parseTableParams } from "@/lib/table/params";
import { actorFor } from "@/lib/testing/factories";
import { seedDemoCrm } from "./seed-crm";
import { seedDemo } from "./seed-demo";

it("seeds the same demo accounts and contacts once, each rep seeing only their own", async () => {
  expect(await seedDemo("demo password 123")).toBe(true);
  const report = await seedDemoCrm();
  expect(report).toEqual({ accounts: 200, contacts: expect.any(Number) });
  expect(report!.contacts).toBeGreaterThan(400);
  expect(await seedDemoCrm()).toBeNull();
  const first = await db.account.findUniqueOrThrow({ where: { id: "demo-account-1" }, select: { code: true, ownerId: true } });
  expect(first).toEqual({ code: "C-00001", ownerId: "demo-sales" });
  expect(await db.contact.count()).toBe(report?.contacts);
  expect(await db.auditEntry.count({ where: { entityType: "Account" } })).toBe(200);

  const sales = actorFor(await db.user.findUniqueOrThrow({ where: { id: "demo-sales" } }) as Parameters<typeof actorFor>[0]);
  const { rows, total } = await findAccounts({ actor: sales, params: parseTableParams(ACCOUNTS_TABLE, { size: "100" }) });
  expect(total).toBe(80);
  // No two of a rep's accounts share a name.
  expect(new Set(rows.map((r) => r.name)).size).toBe(rows.length);
  expect(rows.every((r) => r.owner.id === "demo-sales")).toBe(true);
});
