import "server-only";
import { db } from "@/lib/db/client";
import { transact } from "@/lib/db/transact";
import { DEFAULT_STAGES, RATINGS } from "@/lib/domain/pipeline";
import { seededRandom } from "./seed-catalog-random";

// Up to three opportunities on each demo account, spread across the default stages, with a stage
// history that walks through the earlier stages. Deterministic (fixed seed and ids), written once:
// does nothing when any opportunity exists or the demo accounts are missing.

const TOPICS = ["产线改造", "年度采购", "设备升级", "备件框架协议", "新厂房项目", "自动化试点", "维保续约"];
const SOURCES = ["web", "referral", "campaign", "trade_show", "cold_call"];
const COMPETITORS = ["", "", "西门子", "ABB", "汇川"];
const CAMPAIGNS = ["2026 春季工博会", "智能制造研讨会", "老客户回馈季"];
const DAY = 86_400_000;

function isoDay(d: Date): string {
  return d.toISOString().slice(0, 10);
}

export async function seedDemoOpportunities(now: Date = new Date()): Promise<number | null> {
  if ((await db.opportunity.count()) > 0) return null;
  const accounts = await db.account.findMany({ where: { id: { startsWith: "demo-account-" } }, select: { id: true, ownerId: true, teamId: true, contacts: { select: { id: true }, take: 1 } }, orderBy: { id: "asc" } });
  if (accounts.length === 0) return null;
  const stages = await db.pipelineStage.findMany({ where: { key: { in: DEFAULT_STAGES.map((s) => s.key) } }, select: { id: true, key: true, kind: true, defaultProbabilityBp: true } });
  const byKey = new Map(stages.map((s) => [s.key, s]));
  const path = DEFAULT_STAGES.map((s) => byKey.get(s.key)).filter((s) => s !== undefined);
  if (path.length !== DEFAULT_STAGES.length) return null;
  const open = path.filter((s) => s.kind === "open");
  const random = seededRandom(20261130);
  let n = 0;
  await transact(async (tx) => {
    for (const account of accounts) {
      // 0–3 per account: about 300 in all for the 200 demo accounts.
      const count = random.int(0, 3);
      for (let i = 0; i < count; i++) {
        n += 1;
        // Mostly open business, some won and lost, so every board column has cards.
        const roll = random.int(0, 9);
        const stage = roll < 7 ? random.pick(open) : roll < 9 ? path[path.length - 2] : path[path.length - 1];
        const reached = stage.kind === "open" ? open.indexOf(stage) : random.int(0, open.length - 1);
        const created = new Date(now.getTime() - random.int(20, 120) * DAY);
        const closing = new Date(now.getTime() + random.int(-30, 150) * DAY);
        const id = `demo-opportunity-${n}`;
        // Roughly one in eight in US dollars, to show conversion to the base currency.
        const usd = random.int(0, 7) === 0;
        const source = random.pick(SOURCES);
        await tx.opportunity.create({
          data: {
            id,
            accountId: account.id,
            contactId: account.contacts[0]?.id ?? null,
            name: `${random.pick(TOPICS)} ${n}`,
            amount: random.int(2, 200) * (usd ? 1_000_00 : 10_000_00),
            currencyCode: usd ? "USD" : "CNY",
            stageId: stage.id,
            probabilityBp: stage.defaultProbabilityBp,
            expectedCloseDate: isoDay(closing),
            ownerId: account.ownerId,
            teamId: account.teamId,
            source,
            campaign: source === "campaign" ? random.pick(CAMPAIGNS) : "",
            rating: random.pick(RATINGS),
            forecastCategory: stage.kind === "open" ? random.pick(["pipeline", "pipeline", "best_case", "commit"]) : "closed",
            competitors: random.pick(COMPETITORS),
            nextStep: stage.kind === "open" ? "安排技术交流" : "",
            lostReason: stage.kind === "lost" ? "价格偏高" : "",
            createdAt: created,
          },
          select: { id: true },
        });
        // History: created in the first stage, then one step per stage reached, then won/lost.
        const steps = open.slice(0, reached + 1);
        if (stage.kind !== "open") steps.push(stage);
        const gap = Math.max(1, Math.floor((now.getTime() - created.getTime()) / (steps.length + 1)));
        for (const [k, step] of steps.entries()) {
          await tx.opportunityStageChange.create({
            data: { opportunityId: id, fromStageId: k === 0 ? null : steps[k - 1].id, toStageId: step.id, changedById: account.ownerId, changedAt: new Date(created.getTime() + k * gap) },
          });
        }
      }
    }
  });
  return n;
}
