import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { AccessDeniedError, FieldError, NotFoundError } from "@/lib/errors";
import { priceFor } from "@/lib/pricing/price-for";
import { searchRecords } from "@/lib/search/search-records";
import { parseTableParams } from "@/lib/table/params";
import { createAccountRow, createContactRow } from "@/lib/testing/crm-factories";
import { actorFor, createActor, createCompany, createTeam, createUser } from "@/lib/testing/factories";
import { createPricedProduct, createPriceListRow } from "@/lib/testing/pricing-factories";
import type { AccountCreateInput } from "@/lib/validation/crm";
import { ACCOUNTS_TABLE } from "./accounts/accounts-table";
import { createAccount } from "./accounts/create-account";
import { findAccount, findAccountTimeline } from "./accounts/find-account";
import { findAccounts, findAccountsBatch } from "./accounts/find-accounts";
import { updateAccount } from "./accounts/update-account";
import { CONTACTS_TABLE } from "./contacts/contacts-table";
import { findContact, findContacts, findContactsBatch } from "./contacts/find-contacts";
import { createContact } from "./contacts/create-contact";
import { updateContact } from "./contacts/update-contact";

const accountParams = (raw: Record<string, string> = {}) => parseTableParams(ACCOUNTS_TABLE, raw);
const contactParams = (raw: Record<string, string> = {}) => parseTableParams(CONTACTS_TABLE, raw);

function accountInput(ownerId: string, changes: Partial<AccountCreateInput> = {}): AccountCreateInput {
  return {
    code: "", name: "Acme Trading", type: "customer", industry: "", region: "east", province: "", city: "", billingAddress: "", shippingAddress: "",
    taxId: "", ownerId, paymentTermsDays: 30, creditLimit: "", priceListId: null, tags: "", status: "active", splits: [], ...changes,
  };
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => null,
    (e: unknown) => e,
  );
}

beforeEach(async () => {
  await createCompany();
});

describe("account scopes", () => {
  async function world() {
    const east = await createTeam();
    const shanghai = await createTeam({ parentId: east.id });
    const south = await createTeam();
    const manager = await createActor("manager");
    await db.team.update({ where: { id: east.id }, data: { managerId: manager.id } });
    const repA = await createActor("sales", { teamId: shanghai.id });
    const repB = await createActor("sales", { teamId: south.id });
    const admin = await createActor("admin");
    const finance = await createActor("finance");
    const a = await createAccount({ actor: repA, input: accountInput(repA.id, { name: "Alpha Scope Co", taxId: "TAXALPHA1" }) });
    const b = await createAccount({ actor: repB, input: accountInput(repB.id, { name: "Beta Scope Co", taxId: "TAXBETA1" }) });
    const contactA = await createContact({ actor: repA, input: { accountId: a.id, name: "Alice Scope", title: "", department: "", email: "alice@alpha.example", phone: "", mobile: "", preferredLocale: "en", isPrimary: true, notes: "" } });
    const contactB = await createContact({ actor: repB, input: { accountId: b.id, name: "Bob Scope", title: "", department: "", email: "bob@beta.example", phone: "", mobile: "", preferredLocale: "zh-CN", isPrimary: true, notes: "" } });
    return { manager, repA, repB, admin, finance, a, b, contactA, contactB, shanghai };
  }

  it("rep A cannot find, read, update, export or search rep B's account or contacts", async () => {
    const { repA, b, contactB } = await world();
    expect(await rejection(findAccount({ actor: repA, id: b.id }))).toBeInstanceOf(NotFoundError);
    expect(await rejection(findAccountTimeline({ actor: repA, id: b.id }))).toBeInstanceOf(NotFoundError);
    expect(await rejection(updateAccount({ actor: repA, input: { id: b.id, ...accountInput(repA.id, { name: "Taken" }) } }))).toBeInstanceOf(NotFoundError);
    expect(await rejection(findContact({ actor: repA, id: contactB.id }))).toBeInstanceOf(NotFoundError);
    const contactEdit = { id: contactB.id, accountId: b.id, name: "X", title: "", department: "", email: "", phone: "", mobile: "", preferredLocale: "en" as const, isPrimary: false, notes: "" };
    expect(await rejection(updateContact({ actor: repA, input: contactEdit }))).toBeInstanceOf(NotFoundError);
    expect(await rejection(createContact({ actor: repA, input: { ...contactEdit, accountId: b.id } }))).toBeInstanceOf(NotFoundError);

    const list = await findAccounts({ actor: repA, params: accountParams({ q: "Scope Co" }) });
    expect(list.rows.map((r) => r.name)).toEqual(["Alpha Scope Co"]);
    const byOwner = await findAccounts({ actor: repA, params: accountParams({ owner: b.id }) });
    expect(byOwner.total).toBe(0);
    const batch = await findAccountsBatch({ actor: repA, params: accountParams(), cursor: null, take: 100 });
    expect(batch.map((r) => r.id)).not.toContain(b.id);
    const contacts = await findContactsBatch({ actor: repA, params: contactParams(), cursor: null, take: 100 });
    expect(contacts.map((c) => c.id)).not.toContain(contactB.id);
    expect((await findContacts({ actor: repA, params: contactParams({ q: "Scope" }) })).rows.map((c) => c.name)).toEqual(["Alice Scope"]);

    const hits = await searchRecords({ actor: repA, query: "Beta" });
    expect(hits.filter((h) => h.kind === "account" || h.kind === "contact")).toEqual([]);
    expect((await searchRecords({ actor: repA, query: "TAXBETA1" })).length).toBe(0);
    expect((await searchRecords({ actor: repA, query: "bob@beta" })).length).toBe(0);
    expect((await searchRecords({ actor: repA, query: "Alpha Scope" })).map((h) => h.kind)).toContain("account");
  });

  it("a manager sees the team tree's accounts, admin and finance all, warehouse none", async () => {
    const { manager, admin, finance, a, b } = await world();
    const managerIds = (await findAccountsBatch({ actor: manager, params: accountParams(), cursor: null, take: 100 })).map((r) => r.id);
    expect(managerIds).toContain(a.id);
    expect(managerIds).not.toContain(b.id);
    expect(await rejection(findAccount({ actor: manager, id: b.id }))).toBeInstanceOf(NotFoundError);
    for (const actor of [admin, finance]) {
      const ids = (await findAccountsBatch({ actor, params: accountParams(), cursor: null, take: 100 })).map((r) => r.id);
      expect(ids).toEqual(expect.arrayContaining([a.id, b.id]));
    }
    const warehouse = await createActor("warehouse");
    expect(await rejection(findAccounts({ actor: warehouse, params: accountParams() }))).toBeInstanceOf(AccessDeniedError);
    expect(await rejection(createAccount({ actor: finance, input: accountInput(finance.id) }))).toBeInstanceOf(AccessDeniedError);
  });

  it("a split gives the split owner access; owners are limited to whom the actor may assign", async () => {
    const { repA, repB, manager, b } = await world();
    await db.accountOwnerSplit.create({ data: { accountId: b.id, userId: repA.id, percentBp: 3000 } });
    expect((await findAccount({ actor: repA, id: b.id })).splits).toHaveLength(1);
    expect((await findContacts({ actor: repA, params: contactParams({ q: "Bob Scope" }) })).total).toBe(1);
    // Rep A may edit details of the shared account without taking it over.
    const saved = await updateAccount({ actor: repA, input: { id: b.id, ...accountInput(repB.id, { name: "Beta Shared", splits: [{ userId: repA.id, percentBp: 3000 }] }) } });
    expect(saved.changed).toBe(true);
    // A rep cannot make someone else the owner; a manager cannot assign outside the team tree.
    expect(await rejection(createAccount({ actor: repA, input: accountInput(repB.id) }))).toMatchObject({ field: "ownerId" });
    expect(await rejection(createAccount({ actor: manager, input: accountInput(repB.id) }))).toMatchObject({ field: "ownerId" });
    expect(await rejection(createAccount({ actor: manager, input: accountInput(repA.id, { splits: [{ userId: manager.id, percentBp: 6000 }, { userId: repA.id, percentBp: 100 }] }) }))).toMatchObject({ field: "splits" });
    const over = await rejection(createAccount({ actor: manager, input: accountInput(manager.id, { splits: [{ userId: repA.id, percentBp: 10001 }] }) }));
    expect(over).toBeInstanceOf(FieldError);
  });

  it("an owner change moves the team and the contacts' owner, with an audit entry", async () => {
    const { manager, repA, a, contactA, shanghai } = await world();
    const other = actorFor(await createUser({ role: "sales", teamId: shanghai.id }));
    await updateAccount({ actor: manager, input: { id: a.id, ...accountInput(other.id, { name: "Alpha Scope Co", taxId: "TAXALPHA1" }) } });
    const row = await db.account.findUniqueOrThrow({ where: { id: a.id }, select: { ownerId: true, teamId: true } });
    expect(row).toEqual({ ownerId: other.id, teamId: shanghai.id });
    expect((await db.contact.findUniqueOrThrow({ where: { id: contactA.id } })).ownerId).toBe(other.id);
    expect(await rejection(findAccount({ actor: repA, id: a.id }))).toBeInstanceOf(NotFoundError);
    const timeline = await findAccountTimeline({ actor: other, id: a.id });
    expect(timeline.map((e) => `${e.entityType}:${e.action}`)).toEqual(["Account:update", "Contact:create", "Account:create"]);
  });
});

describe("account values", () => {
  it("generates unique codes, rejects a taken code and parses the credit limit exactly", async () => {
    const rep = await createActor("sales");
    const first = await createAccount({ actor: rep, input: accountInput(rep.id) });
    const second = await createAccount({ actor: rep, input: accountInput(rep.id) });
    expect(first.code).toMatch(/^C-\d{5}$/);
    expect(second.code).not.toBe(first.code);
    expect(await rejection(createAccount({ actor: rep, input: accountInput(rep.id, { code: first.code }) }))).toMatchObject({ field: "code", key: "crm.codeTaken" });
    // A hand-entered code under the prefix does not derail numbering.
    await createAccount({ actor: rep, input: accountInput(rep.id, { code: "C-ZZZ" }) });
    const third = await createAccount({ actor: rep, input: accountInput(rep.id) });
    expect(Number(third.code.slice(2))).toBe(Number(second.code.slice(2)) + 1);

    // Credit limits need credit.release: a rep's limit is ignored, an admin's is parsed exactly.
    const admin = await createActor("admin");
    const ignored = await createAccount({ actor: rep, input: accountInput(rep.id, { creditLimit: "500" }) });
    expect((await db.account.findUniqueOrThrow({ where: { id: ignored.id } })).creditLimit).toBeNull();
    const limited = await createAccount({ actor: admin, input: accountInput(rep.id, { creditLimit: "12345678.91" }) });
    expect((await db.account.findUniqueOrThrow({ where: { id: limited.id } })).creditLimit).toBe(1234567891);
    expect((await db.account.findUniqueOrThrow({ where: { id: first.id } })).creditLimit).toBeNull();
    for (const bad of ["1.234", "-5", "abc", "99999999999"]) {
      expect(await rejection(createAccount({ actor: admin, input: accountInput(rep.id, { creditLimit: bad }) }))).toMatchObject({ field: "creditLimit" });
    }
    const audit = await db.auditEntry.findMany({ where: { entityType: "Account", entityId: limited.id } });
    expect(audit).toHaveLength(1);
  });

  it("the account's price list is the one priceFor uses", async () => {
    const rep = await createActor("sales");
    const product = await createPricedProduct({ listPrice: 10000 });
    const list = await createPriceListRow({ currencyCode: "CNY", items: [{ productId: product.id, minQty: 0, unitPrice: 8800 }] });
    const { id } = await createAccount({ actor: rep, input: accountInput(rep.id, { priceListId: list.id }) });
    const account = await findAccount({ actor: rep, id });
    expect(account.priceList?.id).toBe(list.id);
    expect(await priceFor({ productId: product.id, priceListId: account.priceListId, qty: 1000, date: "2026-03-15" })).toMatchObject({ source: "customer", unitPrice: 8800 });
    expect(await rejection(createAccount({ actor: rep, input: accountInput(rep.id, { priceListId: "nope" }) }))).toMatchObject({ field: "priceListId" });
  });

  it("one primary contact per account", async () => {
    const rep = await createActor("sales");
    const account = await createAccountRow({ ownerId: rep.id });
    const old = await createContactRow({ accountId: account.id, ownerId: rep.id });
    await db.contact.update({ where: { id: old.id }, data: { isPrimary: true } });
    const input = { accountId: account.id, name: "New Primary", title: "", department: "", email: "", phone: "", mobile: "", preferredLocale: "zh-CN" as const, isPrimary: true, notes: "" };
    const { id } = await createContact({ actor: rep, input });
    const primaries = await db.contact.findMany({ where: { accountId: account.id, isPrimary: true }, select: { id: true } });
    expect(primaries).toEqual([{ id }]);
  });
});
