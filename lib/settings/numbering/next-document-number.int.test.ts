import { DOC_TYPES } from "@/lib/domain/document-types";
import { beforeAll, describe, expect, it } from "vitest";
import { db, dbKind } from "@/lib/db/client";
import { transact } from "@/lib/db/transact";
import { createActor, createCompany } from "@/lib/testing/factories";
import { findNumberingRules } from "./find-numbering-rules";
import { nextDocumentNumber } from "./next-document-number";
import { updateNumberingRule } from "./update-numbering-rule";

// Mid-year dates, far from any time-zone edge, unless a test is about the edge.
const IN_2026 = new Date("2026-06-15T04:00:00Z");
const IN_2027 = new Date("2027-03-01T04:00:00Z");
const take = (docType: Parameters<typeof nextDocumentNumber>[1], date = IN_2026) => transact((tx) => nextDocumentNumber(tx, docType, date));
const counter = (number: string) => Number(number.split("-").at(-1));

beforeAll(async () => {
  await createCompany();
});

describe(`nextDocumentNumber on ${dbKind}`, () => {
  it("20 concurrent transactions get 20 distinct consecutive invoice numbers, 1 to 20", async () => {
    const numbers = await Promise.all(Array.from({ length: 20 }, () => take("INVOICE")));
    expect(new Set(numbers).size).toBe(20);
    expect(numbers.map(counter).sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    expect(numbers).toContain("INV-2026-00001");
    expect(numbers).toContain("INV-2026-00020");
    expect(await db.numberSequence.findUnique({ where: { docType_year: { docType: "INVOICE", year: 2026 } }, select: { next: true } })).toEqual({ next: 21 });
  });

  it("a transaction that fails after taking a number gives it back", async () => {
    const before = await take("INVOICE");
    let taken = "";
    const boom = new Error("document could not be saved");
    await expect(
      transact(async (tx) => {
        taken = await nextDocumentNumber(tx, "INVOICE", IN_2026);
        throw boom;
      }),
    ).rejects.toBe(boom);
    expect(counter(taken)).toBe(counter(before) + 1);
    // The next caller gets the very number the failed transaction had taken: no gap.
    expect(await take("INVOICE")).toBe(taken);
  });

  it("stays gap-free when concurrent transactions fail after taking numbers", async () => {
    const attempts = Array.from({ length: 12 }, (_, i) =>
      transact(async (tx) => {
        const n = await nextDocumentNumber(tx, "CREDIT_NOTE", IN_2026);
        await new Promise((r) => setTimeout(r, 1)); // hold the number a moment, as a real document would
        if (i % 3 === 0) throw new Error("rolled back");
        return n;
      }).catch(() => null),
    );
    const kept = (await Promise.all(attempts)).filter((n): n is string => n !== null);
    expect(kept).toHaveLength(8);
    expect(kept.map(counter).sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it("keeps separate counters per document type and per year", async () => {
    expect(await take("QUOTE")).toBe("Q-2026-00001");
    expect(await take("QUOTE")).toBe("Q-2026-00002");
    expect(await take("ORDER")).toBe("SO-2026-00001");
    expect(await take("QUOTE", IN_2027)).toBe("Q-2027-00001");
    expect(await take("QUOTE")).toBe("Q-2026-00003");
    expect(await take("QUOTE", IN_2027)).toBe("Q-2027-00002");
  });

  it("counts the year in the company's time zone (Asia/Shanghai by default)", async () => {
    // 31 Dec 2026 16:30 UTC is already 1 Jan 2027 00:30 in Shanghai.
    const newYearInShanghai = new Date("2026-12-31T16:30:00Z");
    expect(await take("DELIVERY", newYearInShanghai)).toBe("DN-2027-00001");
  });

  it("uses the current prefix and padding; the counter continues after a rule change", async () => {
    const admin = await createActor("admin");
    expect(await take("PAYMENT")).toBe("PAY-2026-00001");
    await updateNumberingRule({ actor: admin, docType: "PAYMENT", prefix: "RC", padding: 3 });
    expect(await take("PAYMENT")).toBe("RC-2026-002");

    const rows = await findNumberingRules({ actor: admin, now: IN_2026 });
    expect(rows.find((r) => r.docType === "PAYMENT")).toMatchObject({ prefix: "RC", padding: 3, year: 2026, next: 3 });
    expect(rows.map((r) => r.docType)).toEqual([...DOC_TYPES]);
  });
});

describe(`updateNumberingRule on ${dbKind}`, () => {
  it("audits the change with before and after, and skips the audit when nothing changed", async () => {
    const admin = await createActor("admin");
    await updateNumberingRule({ actor: admin, docType: "RETURN", prefix: "RMA", padding: 6 });
    const entries = await db.auditEntry.findMany({ where: { entityType: "NumberingRule", entityId: "RETURN" }, select: { actorId: true, action: true, before: true, after: true } });
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ actorId: admin.id, action: "update" });
    expect(JSON.parse(entries[0].before!)).toEqual({ prefix: "RT", padding: 5 });
    expect(JSON.parse(entries[0].after!)).toEqual({ prefix: "RMA", padding: 6 });

    await updateNumberingRule({ actor: admin, docType: "RETURN", prefix: "RMA", padding: 6 });
    expect(await db.auditEntry.count({ where: { entityType: "NumberingRule", entityId: "RETURN" } })).toBe(1);
  });

  it("refuses a prefix another document type uses, and non-admins", async () => {
    const admin = await createActor("admin");
    await expect(updateNumberingRule({ actor: admin, docType: "ORDER", prefix: "Q", padding: 5 })).rejects.toMatchObject({ name: "FieldError", field: "prefix", key: "prefixTaken" });
    expect(await db.numberingRule.findUnique({ where: { docType: "ORDER" }, select: { prefix: true } })).toEqual({ prefix: "SO" });

    const manager = await createActor("manager");
    await expect(updateNumberingRule({ actor: manager, docType: "ORDER", prefix: "X", padding: 5 })).rejects.toMatchObject({ name: "AccessDeniedError" });
  });
});
