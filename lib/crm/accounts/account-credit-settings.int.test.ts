import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { createActor, createCompany } from "@/lib/testing/factories";
import type { AccountCreateInput } from "@/lib/validation/crm";
import { AccountUpdateInput } from "@/lib/validation/crm";
import { createAccount } from "./create-account";
import { updateAccount } from "./update-account";

// Credit settings on the account form (issue 5): limit, overdue tolerance, where and how to
// check, prepayment share; absent fields (a CSV import) leave the stored policy alone. Only
// users with credit.release (manager, finance, admin) change them: a rep's values are ignored.

let rep: Actor;
let salesRep: Actor;

beforeAll(async () => {
  await createCompany();
  rep = await createActor("manager");
  salesRep = await createActor("sales");
});

const base = (ownerId: string): AccountCreateInput => ({
  code: "", name: "Credit Co", type: "customer", industry: "", region: "", province: "", city: "", billingAddress: "", shippingAddress: "",
  taxId: "", ownerId, paymentTermsDays: 30, creditLimit: "", priceListId: null, tags: "", status: "active", splits: [],
});

describe("account credit settings", () => {
  it("saves the policy from the form, audits it, and keeps it when the fields are absent", async () => {
    const { id } = await createAccount({ actor: rep, input: { ...base(rep.id), creditLimit: "50000", creditOverdueDays: 15, creditCheckAt: "delivery", creditAction: "warn", prepaymentPercent: "30" } });
    expect(await db.account.findUniqueOrThrow({ where: { id } })).toMatchObject({ creditLimit: 5_000_000, creditOverdueDays: 15, creditCheckAt: "delivery", creditAction: "warn", prepaymentBp: 3000 });

    const form = AccountUpdateInput.parse({ ...base(rep.id), id, paymentTermsDays: "30", priceListId: "", creditLimit: "60000", creditOverdueDays: "5", creditCheckAt: "confirm", creditAction: "hold", prepaymentPercent: "" });
    expect((await updateAccount({ actor: rep, input: form })).changed).toBe(true);
    expect(await db.account.findUniqueOrThrow({ where: { id } })).toMatchObject({ creditLimit: 6_000_000, creditOverdueDays: 5, creditCheckAt: "confirm", creditAction: "hold", prepaymentBp: 0 });
    const audit = await db.auditEntry.findFirstOrThrow({ where: { entityId: id, action: "update" }, orderBy: { at: "desc" } });
    expect(JSON.parse(audit.after ?? "{}")).toMatchObject({ creditOverdueDays: 5, creditCheckAt: "confirm", creditAction: "hold", prepaymentBp: 0 });

    // An import row without the credit columns changes nothing of the policy.
    await updateAccount({ actor: rep, input: { ...base(rep.id), id, name: "Credit Co Renamed", creditLimit: "60000" } });
    expect(await db.account.findUniqueOrThrow({ where: { id } })).toMatchObject({ name: "Credit Co Renamed", creditOverdueDays: 5, creditCheckAt: "confirm" });
  });

  it("ignores credit settings from a sales rep, on create and on update", async () => {
    const { id } = await createAccount({ actor: salesRep, input: { ...base(salesRep.id), name: "Rep Co", creditLimit: "90000", creditCheckAt: "delivery", creditAction: "warn", prepaymentPercent: "50" } });
    const stored = await db.account.findUniqueOrThrow({ where: { id } });
    expect(stored).toMatchObject({ creditLimit: null, creditCheckAt: "confirm", creditAction: "hold", prepaymentBp: 0 });
    await db.account.update({ where: { id }, data: { creditLimit: 1000 } });
    await updateAccount({ actor: salesRep, input: { ...base(salesRep.id), id, name: "Rep Co", creditLimit: "999999", creditOverdueDays: 90 } });
    expect(await db.account.findUniqueOrThrow({ where: { id } })).toMatchObject({ creditLimit: 1000, creditOverdueDays: 0 });
  });

  it("refuses a prepayment share over 100 % and unknown policies", async () => {
    await expect(createAccount({ actor: rep, input: { ...base(rep.id), prepaymentPercent: "120" } })).rejects.toMatchObject({ field: "prepaymentPercent" });
    expect(AccountUpdateInput.safeParse({ ...base(rep.id), id: "x", paymentTermsDays: "30", priceListId: "", creditCheckAt: "never" }).success).toBe(false);
  });
});
