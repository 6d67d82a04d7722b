import { existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db, dbKind } from "@/lib/db/client";
import { createActor, createCompany } from "@/lib/testing/factories";
import { CompanyInput } from "@/lib/validation/company";
import { findCompany } from "./find-company";
import { readCompanyLogo } from "./read-company-logo";
import { setCompanyLogo } from "./set-company-logo";
import { updateCompany } from "./update-company";

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3, 4]);
const SVG = new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>');

let admin: Actor;
let dataDir: string;
const uploads = () => (existsSync(path.join(dataDir, "uploads")) ? readdirSync(path.join(dataDir, "uploads")) : []);
const companyAudits = () => db.auditEntry.findMany({ where: { entityType: "Company" }, select: { action: true, actorId: true, before: true, after: true }, orderBy: { at: "asc" } });

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(tmpdir(), "carrack-uploads-"));
  process.env.CARRACK_DATA_DIR = dataDir;
  await createCompany("Before Ltd.");
  admin = await createActor("admin");
});

afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe(`company settings on ${dbKind}`, () => {
  it("saves the details with the VAT rate in exact basis points and audits only what changed", async () => {
    const input = CompanyInput.parse({ name: "After Ltd.", address: "1 Road", taxId: "", phone: "", email: "", baseCurrency: "usd", defaultVatRate: "9.5" });
    const { defaultVatRate, ...fields } = input;
    await updateCompany({ actor: admin, ...fields, defaultVatRateBp: defaultVatRate });

    expect(await findCompany({ actor: admin })).toMatchObject({ name: "After Ltd.", address: "1 Road", baseCurrency: "USD", defaultVatRateBp: 950 });
    const [entry] = (await companyAudits()).filter((e) => e.action === "update");
    expect(entry.actorId).toBe(admin.id);
    expect(JSON.parse(entry.before!)).toEqual({ name: "Before Ltd.", address: "", baseCurrency: "CNY", defaultVatRateBp: 1300 });
    expect(JSON.parse(entry.after!)).toEqual({ name: "After Ltd.", address: "1 Road", baseCurrency: "USD", defaultVatRateBp: 950 });
  });

  it("rejects bad currencies and VAT rates before anything is written", () => {
    const base = { name: "X", baseCurrency: "CNY", defaultVatRate: "13" };
    for (const bad of [{ baseCurrency: "XX" }, { baseCurrency: "ABC" }, { defaultVatRate: "9.555" }, { defaultVatRate: "101" }, { defaultVatRate: "-1" }]) {
      expect(CompanyInput.safeParse({ ...base, ...bad }).success, JSON.stringify(bad)).toBe(false);
    }
  });

  it("stores a logo under the data folder with a random name, serves only the current one, and removes the old file", async () => {
    const first = await setCompanyLogo({ actor: admin, file: new File([PNG], "../../evil.svg", { type: "image/svg+xml" }) });
    expect(first).toMatch(/^logo-[0-9a-f-]{36}\.png$/); // type from the bytes, name ours
    expect(uploads()).toEqual([first]);
    expect(await readCompanyLogo(first!)).toMatchObject({ contentType: "image/png" });

    const second = await setCompanyLogo({ actor: admin, file: new File([SVG], "logo.png") });
    expect(second).toMatch(/\.svg$/);
    expect(uploads()).toEqual([second]);
    expect(await readCompanyLogo(second!)).toMatchObject({ contentType: "image/svg+xml" });
    expect(await readCompanyLogo(first!)).toBeNull();

    const logoAudits = (await companyAudits()).filter((e) => e.after?.includes("logoPath"));
    expect(logoAudits.map((e) => [JSON.parse(e.before!).logoPath, JSON.parse(e.after!).logoPath])).toEqual([
      [null, first],
      [first, second],
    ]);

    await setCompanyLogo({ actor: admin, file: null });
    expect(uploads()).toEqual([]);
    expect((await findCompany({ actor: admin })).logoPath).toBeNull();
  });

  it("refuses files that are not images or are too big, writing nothing", async () => {
    const auditsBefore = await db.auditEntry.count();
    const tooBig = new Uint8Array(1024 * 1024 + 1);
    tooBig.set(PNG);
    for (const file of [new File([new TextEncoder().encode("<html><script>x</script>")], "logo.svg"), new File([tooBig], "big.png"), new File([], "empty.png")]) {
      await expect(setCompanyLogo({ actor: admin, file })).rejects.toMatchObject({ name: "FieldError", field: "logo", key: "imageType" });
    }
    expect(uploads()).toEqual([]);
    expect(await db.auditEntry.count()).toBe(auditsBefore);
  });

  it("is for administrators only", async () => {
    const finance = await createActor("finance");
    await expect(findCompany({ actor: finance })).rejects.toMatchObject({ name: "AccessDeniedError" });
    await expect(setCompanyLogo({ actor: finance, file: new File([PNG], "a.png") })).rejects.toMatchObject({ name: "AccessDeniedError" });
    expect(uploads()).toEqual([]);
  });
});
