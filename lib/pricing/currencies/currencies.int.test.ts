import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { isUniqueViolation } from "@/lib/db/errors";
import { transact } from "@/lib/db/transact";
import { AccessDeniedError, AppError, FieldError } from "@/lib/errors";
import { createActor, createCompany } from "@/lib/testing/factories";
import { createPriceListRow, createRateRow } from "@/lib/testing/pricing-factories";
import { convertToBase } from "../convert-to-base";
import { createCurrency } from "./create-currency";
import { deleteExchangeRate } from "./delete-exchange-rate";
import { findCurrencies } from "./find-currencies";
import { findExchangeRates } from "./find-exchange-rates";
import { importExchangeRates } from "./import-exchange-rates";
import { setCurrencyEnabled } from "./set-currency-enabled";
import { upsertExchangeRate } from "./upsert-exchange-rate";

let finance: Actor;

beforeAll(async () => {
  await createCompany();
  finance = await createActor("finance");
});

async function rejection(promise: Promise<unknown>) {
  return promise.then(
    () => null,
    (e: unknown) => e,
  );
}

describe("exchange rates", () => {
  it("one rate per currency per day: a second entry replaces the first, audited with the old rate", async () => {
    expect(await upsertExchangeRate({ actor: finance, input: { currencyCode: "USD", rateDate: "2026-03-02", rate: "7.1" } })).toBe("created");
    expect(await upsertExchangeRate({ actor: finance, input: { currencyCode: "USD", rateDate: "2026-03-02", rate: "7.1234" } })).toBe("replaced");
    expect(await upsertExchangeRate({ actor: finance, input: { currencyCode: "USD", rateDate: "2026-03-02", rate: "7.12340" } })).toBe("unchanged");
    const rows = await db.exchangeRate.findMany({ where: { currencyCode: "USD", rateDate: "2026-03-02" } });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ rate: "7.1234", source: "manual", createdById: finance.id });
    const audit = await db.auditEntry.findMany({ where: { entityType: "ExchangeRate", entityId: rows[0].id }, orderBy: { at: "asc" } });
    expect(audit.map((a) => a.action)).toEqual(["create", "update"]);
    expect(JSON.parse(audit[1].before ?? "{}")).toMatchObject({ rate: "7.1" });
    expect(JSON.parse(audit[1].after ?? "{}")).toMatchObject({ rate: "7.1234" });
  });

  it("the database itself refuses a second row for the same currency and day", async () => {
    await createRateRow("EUR", "2026-01-05", "7.8");
    const error = await rejection(createRateRow("EUR", "2026-01-05", "7.9"));
    expect(isUniqueViolation(error)).toBe(true);
  });

  it("concurrent entries for one day leave one row", async () => {
    const results = await Promise.allSettled(["7.01", "7.02", "7.03", "7.04"].map((rate) => upsertExchangeRate({ actor: finance, input: { currencyCode: "HKD", rateDate: "2026-02-01", rate } })));
    expect(results.map((r) => r.status)).toEqual(["fulfilled", "fulfilled", "fulfilled", "fulfilled"]);
    expect(await db.exchangeRate.count({ where: { currencyCode: "HKD", rateDate: "2026-02-01" } })).toBe(1);
  });

  it("refuses a rate for the base currency, a bad rate and an unknown currency", async () => {
    expect(await rejection(upsertExchangeRate({ actor: finance, input: { currencyCode: "CNY", rateDate: "2026-03-02", rate: "1" } }))).toMatchObject({ key: "pricing.baseCurrencyRate" });
    expect(await rejection(upsertExchangeRate({ actor: finance, input: { currencyCode: "USD", rateDate: "2026-03-02", rate: "0" } }))).toMatchObject({ key: "pricing.rate" });
    expect(await rejection(upsertExchangeRate({ actor: finance, input: { currencyCode: "CHF", rateDate: "2026-03-02", rate: "8" } }))).toBeInstanceOf(FieldError);
    const manager = await createActor("manager");
    expect(await rejection(upsertExchangeRate({ actor: manager, input: { currencyCode: "USD", rateDate: "2026-03-02", rate: "7" } }))).toBeInstanceOf(AccessDeniedError);
  });

  it("lists a currency's rates newest first; deletes are audited", async () => {
    await createRateRow("GBP", "2026-01-01", "9.0");
    await createRateRow("GBP", "2026-01-03", "9.2");
    const { rows } = await findExchangeRates({ actor: finance, currencyCode: "GBP" });
    expect(rows.map((r) => r.rateDate)).toEqual(["2026-01-03", "2026-01-01"]);
    await deleteExchangeRate({ actor: finance, currencyCode: "GBP", rateDate: "2026-01-03" });
    expect((await findExchangeRates({ actor: finance, currencyCode: "GBP" })).rows.map((r) => r.rateDate)).toEqual(["2026-01-01"]);
    expect(await db.auditEntry.count({ where: { entityType: "ExchangeRate", action: "delete" } })).toBe(1);
  });
});

describe("convertToBase", () => {
  beforeAll(async () => {
    await createRateRow("JPY", "2026-02-27", "0.0470");
    await createRateRow("JPY", "2026-03-02", "0.0472");
    await createRateRow("JPY", "2026-03-09", "0.0481");
  });

  it("uses the latest rate on or before the date and states it with its own date", async () => {
    expect(await convertToBase({ amount: 10000, currency: "JPY", date: "2026-03-02" })).toEqual({
      amount: 47200,
      currency: "CNY",
      from: { amount: 10000, currency: "JPY" },
      rate: "0.0472",
      date: "2026-03-02",
    });
    // Sunday 8 March: Monday 2 March's rate, not the next Monday's.
    expect(await convertToBase({ amount: 10000, currency: "JPY", date: "2026-03-08" })).toMatchObject({ amount: 47200, rate: "0.0472", date: "2026-03-02" });
    expect(await convertToBase({ amount: 10000, currency: "JPY", date: "2026-12-31" })).toMatchObject({ rate: "0.0481", date: "2026-03-09" });
    expect(await convertToBase({ amount: 10000, currency: "JPY", date: "2026-03-01" })).toMatchObject({ rate: "0.047", date: "2026-02-27" });
  });

  it("takes an instant as its day in Shanghai", async () => {
    // 2026-03-08T16:30Z is 00:30 on 9 March in Shanghai: the 9 March rate applies.
    expect(await convertToBase({ amount: 10000, currency: "JPY", date: new Date("2026-03-08T16:30:00Z") })).toMatchObject({ date: "2026-03-09" });
    expect(await convertToBase({ amount: 10000, currency: "JPY", date: new Date("2026-03-08T15:30:00Z") })).toMatchObject({ date: "2026-03-02" });
  });

  it("base to base is rate 1 on the day itself", async () => {
    expect(await convertToBase({ amount: 12345, currency: "CNY", date: "2026-03-05" })).toEqual({ amount: 12345, currency: "CNY", from: { amount: 12345, currency: "CNY" }, rate: "1", date: "2026-03-05" });
  });

  it("no rate on or before the date is a translated AppError naming the currency and day", async () => {
    const error = await rejection(convertToBase({ amount: 100, currency: "JPY", date: "2026-01-01" }));
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ key: "pricing.noRate", values: { currency: "JPY", date: "2026-01-01" } });
  });

  it("runs inside a caller's transaction and sees its uncommitted rate", async () => {
    const result = await transact(async (tx) => {
      await tx.exchangeRate.create({ data: { currencyCode: "EUR", rateDate: "2026-06-01", rate: "8" } });
      return convertToBase({ amount: 100, currency: "EUR", date: "2026-06-02", tx });
    });
    expect(result).toMatchObject({ amount: 800, rate: "8", date: "2026-06-01" });
  });
});

describe("currencies", () => {
  it("lists the base currency first with its latest rates", async () => {
    const { base, rows } = await findCurrencies({ actor: finance });
    expect(base).toBe("CNY");
    expect(rows[0]).toMatchObject({ code: "CNY", isBase: true, enabled: true, latest: null });
    expect(rows.find((r) => r.code === "JPY")?.latest).toEqual({ rate: "0.0481", rateDate: "2026-03-09" });
  });

  it("enables and disables, audited; never the base currency nor one active lists use", async () => {
    expect(await setCurrencyEnabled({ actor: finance, code: "EUR", enabled: true })).toEqual({ changed: true });
    expect(await setCurrencyEnabled({ actor: finance, code: "EUR", enabled: true })).toEqual({ changed: false });
    expect(await db.auditEntry.count({ where: { entityType: "Currency", entityId: "EUR", action: "enable" } })).toBe(1);
    expect(await rejection(setCurrencyEnabled({ actor: finance, code: "CNY", enabled: false }))).toMatchObject({ key: "pricing.baseCurrencyDisable" });
    await createPriceListRow({ currencyCode: "EUR" });
    expect(await rejection(setCurrencyEnabled({ actor: finance, code: "EUR", enabled: false }))).toMatchObject({ key: "pricing.currencyInUse" });
  });

  it("adds an ISO currency with its decimals from ISO data", async () => {
    await createCurrency({ actor: finance, input: { code: "KWD", nameZh: "科威特第纳尔", nameEn: "Kuwaiti dinar" } });
    expect(await db.currency.findUnique({ where: { code: "KWD" }, select: { minorDigits: true, enabled: true } })).toEqual({ minorDigits: 3, enabled: true });
    expect(await rejection(createCurrency({ actor: finance, input: { code: "KWD", nameZh: "x", nameEn: "x" } }))).toMatchObject({ key: "pricing.currencyExists" });
  });
});

describe("importExchangeRates", () => {
  const good = "currency,date,rate\nUSD,2026-04-01,7.20\nUSD,2026-04-02,7.21\nEUR,2026-04-01,7.9\n";

  it("dry run: reports what would happen and writes nothing", async () => {
    await createRateRow("EUR", "2026-04-01", "7.8");
    const auditBefore = await db.auditEntry.count();
    const report = await importExchangeRates({ actor: finance, text: good, mode: "dryRun" });
    expect(report.errors).toEqual([]);
    expect(report.counts).toEqual({ create: 2, replace: 1, unchanged: 0 });
    expect(report.preview.find((r) => r.currencyCode === "EUR")).toMatchObject({ action: "replace", previous: "7.8", rate: "7.9" });
    expect(await db.exchangeRate.count({ where: { rateDate: { in: ["2026-04-01", "2026-04-02"] } } })).toBe(1);
    expect(await db.auditEntry.count()).toBe(auditBefore);
  });

  it("dry run lists row errors, including unknown and base currencies", async () => {
    const report = await importExchangeRates({ actor: finance, text: "currency,date,rate\nCNY,2026-04-01,1\nXAU,2026-04-01,5000\nUSD,2026-4-1,7\nUSD,2026-04-03,7.3", mode: "dryRun" });
    expect(report.errors).toEqual([
      { line: 2, field: "currency", key: "baseCurrency", values: { currency: "CNY" } },
      { line: 3, field: "currency", key: "unknownCurrency", values: { currency: "XAU" } },
      { line: 4, field: "date", key: "date" },
    ]);
    expect(report.total).toBe(4);
    expect(report.counts.create).toBe(1);
  });

  it("a file with any error imports nothing", async () => {
    const before = await db.exchangeRate.count();
    const error = await rejection(importExchangeRates({ actor: finance, text: "currency,date,rate\nUSD,2026-05-01,7.3\nUSD,2026-05-02,abc", mode: "import" }));
    expect(error).toMatchObject({ key: "pricing.importHasErrors", values: { count: 1 } });
    expect(await db.exchangeRate.count()).toBe(before);
  });

  it("imports all rows in one transaction, each audited as csv", async () => {
    const report = await importExchangeRates({ actor: finance, text: good, mode: "import" });
    expect(report.counts).toEqual({ create: 2, replace: 1, unchanged: 0 });
    expect(await db.exchangeRate.findUnique({ where: { currencyCode_rateDate: { currencyCode: "EUR", rateDate: "2026-04-01" } }, select: { rate: true, source: true } })).toEqual({ rate: "7.9", source: "csv" });
    expect(await convertToBase({ amount: 100, currency: "USD", date: "2026-04-02" })).toMatchObject({ amount: 721, rate: "7.21" });
    // Importing the same file again changes nothing.
    expect((await importExchangeRates({ actor: finance, text: good, mode: "import" })).counts).toEqual({ create: 0, replace: 0, unchanged: 3 });
  });
});
