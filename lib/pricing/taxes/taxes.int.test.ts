import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { AccessDeniedError, AppError, FieldError, NotFoundError } from "@/lib/errors";
import { createActor, createCompany } from "@/lib/testing/factories";
import { createPricedProduct } from "@/lib/testing/pricing-factories";
import { discountLimitFor } from "../discount-limit-for";
import { findDiscountLimits } from "../discounts/find-discount-limits";
import { updateDiscountLimits } from "../discounts/update-discount-limits";
import { createVatRate } from "./create-vat-rate";
import { deleteVatRate } from "./delete-vat-rate";
import { findVatRates } from "./find-vat-rates";
import { updateVatRate } from "./update-vat-rate";

let manager: Actor;

beforeAll(async () => {
  await createCompany();
  manager = await createActor("manager");
});

async function rejection(promise: Promise<unknown>) {
  return promise.then(
    () => null,
    (e: unknown) => e,
  );
}

describe("VAT rates", () => {
  it("lists the default China rates with their EN 16931 categories and product counts", async () => {
    await createPricedProduct({ vatRateCode: "VAT6" });
    const rates = await findVatRates({ actor: manager });
    expect(rates.map((r) => [r.code, r.rateBp, r.categoryCode])).toEqual([
      ["VAT13", 1300, "S"],
      ["VAT9", 900, "S"],
      ["VAT6", 600, "S"],
      ["VAT0", 0, "Z"],
      ["EXEMPT", 0, "E"],
    ]);
    expect(rates.find((r) => r.code === "VAT6")?.productCount).toBe(1);
  });

  it("adds a rate last, audited; the category decides whether the rate may be above zero", async () => {
    await createVatRate({ actor: manager, input: { code: "VAT5", nameZh: "增值税 5%", nameEn: "VAT 5%", rate: 500, categoryCode: "S" } });
    const row = await db.vatRate.findUniqueOrThrow({ where: { code: "VAT5" } });
    expect(row).toMatchObject({ rateBp: 500, categoryCode: "S", active: true, position: 6 });
    expect(await db.auditEntry.count({ where: { entityType: "VatRate", entityId: "VAT5", action: "create" } })).toBe(1);

    expect(await rejection(createVatRate({ actor: manager, input: { code: "VAT5", nameZh: "x", nameEn: "x", rate: 500, categoryCode: "S" } }))).toMatchObject({ key: "pricing.vatCodeTaken" });
    expect(await rejection(createVatRate({ actor: manager, input: { code: "RC", nameZh: "x", nameEn: "x", rate: 1300, categoryCode: "AE" } }))).toMatchObject({ key: "pricing.zeroRateCategory", field: "rate" });
    expect(await rejection(createVatRate({ actor: manager, input: { code: "S0", nameZh: "x", nameEn: "x", rate: 0, categoryCode: "S" } }))).toMatchObject({ key: "pricing.standardRateCategory" });
    await createVatRate({ actor: manager, input: { code: "RC", nameZh: "反向征收", nameEn: "Reverse charge", rate: 0, categoryCode: "AE" } });
  });

  it("renames and deactivates, audited; the rate itself is not editable", async () => {
    expect(await updateVatRate({ actor: manager, input: { code: "VAT9", nameZh: "增值税 9%", nameEn: "VAT 9 % (reduced)", active: false } })).toEqual({ changed: true });
    expect(await db.vatRate.findUniqueOrThrow({ where: { code: "VAT9" } })).toMatchObject({ nameEn: "VAT 9 % (reduced)", active: false, rateBp: 900 });
    const audit = await db.auditEntry.findFirstOrThrow({ where: { entityType: "VatRate", entityId: "VAT9" } });
    expect(audit.action).toBe("deactivate");
    expect(JSON.parse(audit.before ?? "{}")).toEqual({ nameEn: "VAT 9%", active: true });
    expect(await updateVatRate({ actor: manager, input: { code: "VAT9", nameZh: "增值税 9%", nameEn: "VAT 9 % (reduced)", active: false } })).toEqual({ changed: false });
    await expect(updateVatRate({ actor: manager, input: { code: "NOPE", nameZh: "x", nameEn: "x", active: true } })).rejects.toBeInstanceOf(NotFoundError);
  });

  it("deletes an unused rate; a used one can only be deactivated", async () => {
    await createVatRate({ actor: manager, input: { code: "TMP", nameZh: "临时", nameEn: "Temp", rate: 300, categoryCode: "S" } });
    await deleteVatRate({ actor: manager, code: "TMP" });
    expect(await db.vatRate.findUnique({ where: { code: "TMP" } })).toBeNull();

    await createPricedProduct({ vatRateCode: "VAT13" });
    const error = await rejection(deleteVatRate({ actor: manager, code: "VAT13" }));
    expect(error).toBeInstanceOf(AppError);
    expect(error).not.toBeInstanceOf(FieldError);
    expect(error).toMatchObject({ key: "pricing.vatRateInUse" });
    expect(await db.vatRate.findUnique({ where: { code: "VAT13" } })).not.toBeNull();
  });

  it("is for pricing.manage only", async () => {
    const sales = await createActor("sales");
    await expect(findVatRates({ actor: sales })).rejects.toBeInstanceOf(AccessDeniedError);
    await expect(deleteVatRate({ actor: sales, code: "VAT0" })).rejects.toBeInstanceOf(AccessDeniedError);
  });
});

describe("discount limits", () => {
  it("reads the defaults, saves changes per role with an audit entry each", async () => {
    const limits = await findDiscountLimits({ actor: manager });
    expect(limits).toEqual({ admin: 10000, manager: 3000, sales: 1000, finance: 0, warehouse: 0 });
    expect(await updateDiscountLimits({ actor: manager, limits: { ...limits, sales: 1250 } })).toEqual({ changed: 1 });
    expect(await discountLimitFor({ role: "sales" })).toBe(1250);
    const audit = await db.auditEntry.findFirstOrThrow({ where: { entityType: "DiscountLimit", entityId: "sales" } });
    expect([audit.before, audit.after]).toEqual(['{"maxDiscountBp":1000}', '{"maxDiscountBp":1250}']);
    expect(await rejection(updateDiscountLimits({ actor: manager, limits: { ...limits, manager: 10_001 } }))).toMatchObject({ field: "manager", key: "pricing.percent" });
  });

  it("fails closed: unknown role or missing row → 0", async () => {
    expect(await discountLimitFor({ role: "customer" })).toBe(0);
    await db.discountLimit.delete({ where: { role: "warehouse" } });
    expect(await discountLimitFor({ role: "warehouse" })).toBe(0);
  });
});
