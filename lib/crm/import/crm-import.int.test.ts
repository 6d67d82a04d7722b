import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { ImportError } from "@/lib/imports/import-error";
import { createAccountRow } from "@/lib/testing/crm-factories";
import { createActor, createCompany, createTeam } from "@/lib/testing/factories";
import { importCsv, runAllBatches, uploadCsv } from "@/lib/testing/import-factories";

let dataDir: string;
let manager: Actor;
let rep: Actor;
let otherRep: Actor;

const ACCOUNT_HEADER = "code,name,type,industry,region,province,city,billing_address,shipping_address,tax_id,owner_email,payment_terms_days,credit_limit,tags,status";

/** `n` account rows; `bad` maps a 1-based index to a broken row. */
function accountsCsv(prefix: string, n: number, bad: Record<number, string> = {}, owner = ""): string {
  const lines = [ACCOUNT_HEADER];
  for (let i = 1; i <= n; i++) {
    lines.push(bad[i] ?? `${prefix}-${i},"${prefix} Trading ${i}, Ltd.",${i % 3 ? "customer" : "潜在客户"},Machinery,${i % 2 ? "east" : "华南"},Jiangsu,Suzhou,,,TAX${prefix}${i},${owner},${30 + (i % 3) * 15},${i % 4 ? "" : `${i}000.50`},vip,active`);
  }
  return lines.join("\r\n") + "\r\n";
}

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(tmpdir(), "carrack-crm-imports-"));
  process.env.CARRACK_DATA_DIR = dataDir;
  await createCompany();
  const team = await createTeam();
  manager = await createActor("manager", { teamId: team.id });
  await db.team.update({ where: { id: team.id }, data: { managerId: manager.id } });
  rep = await createActor("sales", { teamId: team.id });
  otherRep = await createActor("sales");
});

afterAll(() => {
  rmSync(dataDir, { recursive: true, force: true });
});

describe("account import", () => {
  it("a dry run reports exactly the bad rows and writes nothing; the import creates the rest; a re-run updates, never duplicates", async () => {
    const bad = {
      7: `ACC-7,,customer,,east,,,,,,,30,,,active`, // no name
      150: `ACC-150,Bad Type Co,wholesaler,,east,,,,,,,30,,,active`, // unknown type
      233: `ACC-233,Bad Limit Co,customer,,east,,,,,,,30,12.345,,active`, // three decimals
    };
    const csv = accountsCsv("ACC", 240, bad);
    const before = await db.account.count();
    const dry = await importCsv(manager, "accounts", csv, { dryRun: true });
    expect(dry.errors.map((e) => [e.row, e.column])).toEqual([
      [8, "name"],
      [151, "type"],
      [234, "credit_limit"],
    ]);
    expect(dry.created).toBe(237);
    expect(await db.account.count()).toBe(before);

    const run = await importCsv(manager, "accounts", csv, { dryRun: false });
    expect(run.created).toBe(237);
    expect(run.errors).toHaveLength(3);
    expect(await db.account.count()).toBe(before + 237);
    const one = await db.account.findUniqueOrThrow({ where: { code: "ACC-6" } });
    expect(one).toMatchObject({ name: "ACC Trading 6, Ltd.", type: "prospect", region: "south", ownerId: manager.id, paymentTermsDays: 30, taxId: "TAXACC6" });
    expect((await db.account.findUniqueOrThrow({ where: { code: "ACC-4" } })).creditLimit).toBe(400050);
    expect(await db.auditEntry.count({ where: { entityType: "Account", action: "create", entityId: one.id } })).toBe(1);

    const again = await importCsv(manager, "accounts", csv, { dryRun: false });
    expect(again).toMatchObject({ created: 0, updated: 0, unchanged: 237 });
    const edited = csv.replace('"ACC Trading 9, Ltd."', "ACC Renamed 9");
    const third = await importCsv(manager, "accounts", edited, { dryRun: false });
    expect(third).toMatchObject({ created: 0, updated: 1, unchanged: 236 });
    expect((await db.account.findUniqueOrThrow({ where: { code: "ACC-9" } })).name).toBe("ACC Renamed 9");
    expect(await db.account.count()).toBe(before + 237);
  }, 120_000);

  it("matches on tax id when chosen, with codes generated for new rows", async () => {
    const header = "name,tax_id,industry";
    const csv = `${header}\nTax Match One,TM-1,Food\nTax Match Two,TM-2,Food\n`;
    const first = await runWith(manager, csv, "tax_id");
    expect(first.created).toBe(2);
    const second = await runWith(manager, `${header}\nTax Match One,TM-1,Retail\nTax Match Two,TM-2,Food\n`, "tax_id");
    expect(second).toMatchObject({ created: 0, updated: 1, unchanged: 1 });
    expect(await db.account.count({ where: { taxId: { in: ["TM-1", "TM-2"] } } })).toBe(2);
    expect((await db.account.findFirstOrThrow({ where: { taxId: "TM-1" } })).industry).toBe("Retail");
    // Matching on code needs the code column.
    const ready = await uploadCsv(manager, "accounts", new TextEncoder().encode(csv));
    await expect(runAllBatches(manager, "accounts", ready.token, ready.headers, { dryRun: true })).rejects.toBeInstanceOf(ImportError);
  });

  it("owner by email must be assignable; another rep's account code is reported, not updated", async () => {
    await createAccountRow({ ownerId: otherRep.id, code: "THEIRS-1", name: "Not yours" });
    const csv = [ACCOUNT_HEADER, `OWN-1,Own One,customer,,,,,,,,${otherRep.email},30,,,active`, `OWN-2,Own Two,customer,,,,,,,,nobody@nowhere.example,30,,,active`, `THEIRS-1,Hijack,customer,,,,,,,,,30,,,active`, `OWN-3,Own Three,customer,,,,,,,,${rep.email},30,,,active`].join("\n");
    const run = await importCsv(rep, "accounts", csv, { dryRun: false });
    expect(run.errors.map((e) => [e.row, e.column])).toEqual([
      [2, "owner_email"],
      [3, "owner_email"],
      [4, "code"],
    ]);
    expect(run.created).toBe(1);
    expect((await db.account.findUniqueOrThrow({ where: { code: "THEIRS-1" } })).name).toBe("Not yours");
    expect(await db.account.count({ where: { code: { in: ["OWN-1", "OWN-2"] } } })).toBe(0);
  });
});

async function runWith(actor: Actor, csv: string, matchOn: string) {
  const ready = await uploadCsv(actor, "accounts", new TextEncoder().encode(csv));
  const { autoMap } = await import("@/lib/imports/mapping");
  const { importerFor } = await import("@/lib/imports/registry");
  const { runImportBatch } = await import("@/lib/imports/run-import-batch");
  const mapping = autoMap(ready.headers, importerFor("accounts")!.fields);
  const r = await runImportBatch({ actor, token: ready.token, type: "accounts", mapping, offset: 0, dryRun: false, matchOn });
  return r;
}

describe("contact import", () => {
  it("attaches contacts by account code, reports unknown codes and bad cells, re-runs without duplicates", async () => {
    const account = await createAccountRow({ ownerId: rep.id, code: "CT-ACC", name: "Contact Target" });
    await createAccountRow({ ownerId: otherRep.id, code: "CT-THEIRS", name: "Hidden" });
    const rows = ["account_code,name,title,email,phone,preferred_locale,is_primary"];
    for (let i = 1; i <= 30; i++) rows.push(`CT-ACC,Person ${i},Buyer,person${i}@ct.example,1380013${String(i).padStart(4, "0")},${i % 2 ? "中文" : "English"},${i === 1 ? "是" : "no"}`);
    rows.push("CT-THEIRS,Sneaky,,sneaky@ct.example,,,");
    rows.push("CT-ACC,Bad Mail,,not-an-email,,,");
    rows.push("CT-ACC,Bad Flag,,flag@ct.example,,,maybe");
    rows.push("CT-ACC,No Email Person,,,,,");
    const csv = rows.join("\n");
    const dry = await importCsv(rep, "contacts", csv, { dryRun: true });
    expect(dry.errors.map((e) => [e.row, e.column])).toEqual([
      [32, "account_code"],
      [33, "email"],
      [34, "is_primary"],
    ]);
    expect(await db.contact.count({ where: { accountId: account.id } })).toBe(0);
    const run = await importCsv(rep, "contacts", csv, { dryRun: false });
    expect(run.created).toBe(31);
    expect(await db.contact.count({ where: { accountId: account.id } })).toBe(31);
    expect(await db.contact.findFirstOrThrow({ where: { email: "person2@ct.example" } })).toMatchObject({ preferredLocale: "en", ownerId: rep.id, isPrimary: false });
    expect((await db.contact.findFirstOrThrow({ where: { email: "person1@ct.example" } })).isPrimary).toBe(true);

    const again = await importCsv(rep, "contacts", csv.replace("Person 5,Buyer", "Person 5,Chief buyer"), { dryRun: false });
    expect(again).toMatchObject({ created: 0, updated: 1, unchanged: 30 });
    expect(await db.contact.count({ where: { accountId: account.id } })).toBe(31);
    expect(await db.contact.count({ where: { email: "sneaky@ct.example" } })).toBe(0);
  });
});
