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
  expect(report).toEqual({ accounts: 15, contacts: expect.any(Number) });
  expect(await seedDemoCrm()).toBeNull();
  const first = await db.account.findUniqueOrThrow({ where: { id: "demo-account-1" }, select: { code: true, ownerId: true } });
  expect(first).toEqual({ code: "C-00001", ownerId: "demo-sales" });
  expect(await db.contact.count()).toBe(report?.contacts);
  expect(await db.auditEntry.count({ where: { entityType: "Account" } })).toBe(15);

  const sales = actorFor(await db.user.findUniqueOrThrow({ where: { id: "demo-sales" } }) as Parameters<typeof actorFor>[0]);
  const { rows } = await findAccounts({ actor: sales, params: parseTableParams(ACCOUNTS_TABLE, { size: "100" }) });
  expect(rows).toHaveLength(6);
  expect(rows.every((r) => r.owner.id === "demo-sales")).toBe(true);
});
