import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { createActor, createCompany, createTeam } from "@/lib/testing/factories";
import { importCsv } from "@/lib/testing/import-factories";

let dataDir: string;
let rep: Actor;
let otherRep: Actor;

const HEADER = "person_name,company,email,phone,region,source,rating,score,owner_email,notes";

function leadsCsv(n: number, bad: Record<number, string> = {}): string {
  const lines = [HEADER];
  for (let i = 1; i <= n; i++) lines.push(bad[i] ?? `Person ${i},Company ${i % 7},person${i}@example.com,1380000${String(i).padStart(4, "0")},${i % 2 ? "east" : "华南"},${i % 3 ? "trade_show" : "展会"},${i % 2 ? "hot" : "Cold"},${i % 101},,"note ${i}"`);
  return lines.join("\n") + "\n";
}

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(tmpdir(), "carrack-lead-imports-"));
  process.env.CARRACK_DATA_DIR = dataDir;
  await createCompany();
  const team = await createTeam();
  rep = await createActor("sales", { teamId: team.id });
  otherRep = await createActor("sales");
});

afterAll(() => {
  rmSync(dataDir, { recursive: true, force: true });
});

describe("lead import", () => {
  it("a dry run reports exactly the bad rows and writes nothing; the import creates numbered leads; a re-run adds nothing", async () => {
    const bad = {
      5: `,Nameless Co,nameless@example.com,,east,web,warm,10,,`, // no name
      60: `Bad Source,Co,bad.source@example.com,,east,newspaper,warm,10,,`, // unknown source
      99: `Bad Score,Co,bad.score@example.com,,east,web,warm,150,,`, // score over 100
    };
    const csv = leadsCsv(120, bad);
    const before = await db.lead.count();
    const dry = await importCsv(rep, "leads", csv, { dryRun: true });
    expect(dry.errors.map((e) => [e.row, e.column])).toEqual([
      [6, "person_name"],
      [61, "source"],
      [100, "score"],
    ]);
    expect(dry.created).toBe(117);
    expect(await db.lead.count()).toBe(before);

    const run = await importCsv(rep, "leads", csv, { dryRun: false });
    expect(run).toMatchObject({ created: 117, unchanged: 0 });
    const two = await db.lead.findFirstOrThrow({ where: { email: "person2@example.com" } });
    expect(two).toMatchObject({ personName: "Person 2", region: "south", source: "trade_show", rating: "cold", score: 2, ownerId: rep.id, status: "new" });
    expect(two.number).toMatch(/^L-\d{4}-\d{5}$/);
    expect(await db.auditEntry.count({ where: { entityType: "Lead", entityId: two.id, action: "create" } })).toBe(1);

    const again = await importCsv(rep, "leads", csv, { dryRun: false });
    expect(again).toMatchObject({ created: 0, unchanged: 117 });
    expect(await db.lead.count()).toBe(before + 117);
  }, 120_000);

  it("an owner the rep may not assign is refused on its row; another rep's leads do not block a new import", async () => {
    const csv = `${HEADER}\nOwned Elsewhere,X,owned.elsewhere@example.com,,east,web,warm,1,${otherRep.email},\nUnknown Owner,X,unknown.owner@example.com,,east,web,warm,1,nobody@example.com,\n`;
    const run = await importCsv(rep, "leads", csv, { dryRun: false });
    expect(run.created).toBe(0);
    expect(run.errors.map((e) => [e.row, e.column])).toEqual([
      [2, "owner_email"],
      [3, "owner_email"],
    ]);
    expect(await db.lead.count({ where: { email: { in: ["owned.elsewhere@example.com", "unknown.owner@example.com"] } } })).toBe(0);
  });
});
