import "server-only";
import { db } from "@/lib/db/client";
import { transact } from "@/lib/db/transact";
import { today, type CaseCategory, type CaseStatus, type RootCause } from "@/lib/domain/service-case";
import { nextDocumentNumber } from "@/lib/settings/numbering/next-document-number";
import { appTimeZone } from "@/lib/table/day-range";
import { seededRandom, type Random } from "./seed-catalog-random";

// About 150 after-sales cases over the last 12 months on the demo accounts, so the service list,
// customer care and the fault analysis look real on first start. Deterministic (fixed seed, ids
// and dates relative to `now`), numbered in date order through the real sequence, written once:
// does nothing when any case exists or the demo accounts are missing.

export const DEMO_SERVICE_CASES = 150;
const DAY = 86_400_000;

const CATEGORY_WEIGHTS: [CaseCategory, number][] = [["fault", 45], ["enquiry", 18], ["installation", 15], ["complaint", 12], ["care_visit", 10]];
const ROOT_CAUSE_WEIGHTS: [RootCause, number][] = [["wear", 30], ["manufacturing", 20], ["misuse", 15], ["design", 10], ["installation", 10], ["transport", 8], ["unknown", 7]];
const SEVERITY_WEIGHTS: [string, number][] = [["low", 20], ["medium", 45], ["high", 25], ["critical", 10]];
const SATISFACTION_WEIGHTS: [number, number][] = [[5, 35], [4, 35], [3, 18], [2, 8], [1, 4]];

const SUBJECTS: Record<CaseCategory, string[]> = {
  fault: ["设备异响", "电机过热停机", "控制面板无显示", "液压系统漏油", "传感器读数异常", "传动皮带断裂", "报警无法复位", "输出精度下降"],
  installation: ["新设备安装调试", "产线搬迁重新安装", "配套软件部署", "现场接线指导"],
  complaint: ["交货延迟投诉", "备件价格异议", "服务响应慢", "包装破损投诉"],
  enquiry: ["保养周期咨询", "备件型号确认", "操作培训需求", "升级方案咨询"],
  care_visit: ["季度回访", "年度巡检", "使用满意度回访", "保修到期提醒"],
};
const RESOLUTIONS: Record<CaseCategory, string[]> = {
  fault: ["更换损坏部件并试机正常", "现场调整参数后恢复正常", "返厂维修后重新安装", "更新固件并校准"],
  installation: ["安装调试完成,客户验收签字", "完成接线与联调"],
  complaint: ["致歉并给予下次采购折扣", "已协调物流加急补发", "已说明价格构成,客户认可"],
  enquiry: ["已电话答复并发送资料", "已安排培训"],
  care_visit: ["回访完成,设备运行良好", "巡检完成,建议下季度保养"],
};
const FREE_TEXT_PRODUCTS = ["旧型号 XJ-200 搅拌机", "第三方控制柜", "客户自购电机", "早期型号 A100 泵组"];

function weighted<T>(random: Random, items: [T, number][]): T {
  const total = items.reduce((s, [, w]) => s + w, 0);
  let roll = random.next() * total;
  for (const [item, weight] of items) {
    roll -= weight;
    if (roll < 0) return item;
  }
  return items[items.length - 1][0];
}

function statusFor(random: Random, ageDays: number): CaseStatus {
  if (ageDays > 30) return weighted(random, [["closed", 70], ["resolved", 25], ["in_progress", 5]]);
  return weighted(random, [["open", 35], ["in_progress", 30], ["resolved", 25], ["closed", 10]]);
}

export async function seedDemoServiceCases(now: Date = new Date()): Promise<number | null> {
  if ((await db.serviceCase.count()) > 0) return null;
  const accounts = await db.account.findMany({
    where: { id: { startsWith: "demo-account-" } },
    select: { id: true, ownerId: true, teamId: true, contacts: { select: { id: true }, orderBy: { id: "asc" } } },
    orderBy: { id: "asc" },
  });
  if (accounts.length === 0) return null;
  // A short list of service-prone products, so the top-10 chart has a clear shape.
  const products = await db.product.findMany({ where: { kind: { not: "group" } }, select: { id: true }, orderBy: { sku: "asc" }, take: 200 });
  const random = seededRandom(20261201);
  const prone = random.shuffle(products).slice(0, 15);
  const zone = appTimeZone();

  // Plan first, then number in date order (numbers follow the opening dates, per year).
  const plan = Array.from({ length: DEMO_SERVICE_CASES }, (_, i) => {
    // Slightly more cases in recent months: the power skews ages towards zero.
    const ageDays = Math.floor(random.next() ** 1.3 * 360);
    const openedAt = new Date(now.getTime() - ageDays * DAY - random.int(1, 8) * 3_600_000);
    return { i, ageDays, openedAt };
  }).sort((a, b) => a.openedAt.getTime() - b.openedAt.getTime());

  await transact(async (tx) => {
    for (const [n, { ageDays, openedAt }] of plan.entries()) {
      const account = accounts[Math.floor(random.next() ** 1.5 * accounts.length)];
      const category = weighted(random, CATEGORY_WEIGHTS);
      const status = statusFor(random, ageDays);
      const finished = status === "resolved" || status === "closed";
      const resolvedAt = finished ? new Date(Math.min(now.getTime() - DAY / 2, openedAt.getTime() + random.int(1, 14) * DAY)) : null;
      const closedAt = status === "closed" && resolvedAt ? new Date(Math.min(now.getTime() - DAY / 4, resolvedAt.getTime() + random.int(1, 10) * DAY)) : null;
      const catalog = prone.length > 0 && random.chance(category === "complaint" ? 0.5 : 0.85);
      const product = catalog ? prone[Math.floor(random.next() ** 2 * prone.length)] : null;
      const rootCause = category === "fault" && (finished || random.chance(0.3)) ? weighted(random, ROOT_CAUSE_WEIGHTS) : "";
      // A follow-up 1–8 weeks after resolving; older ones count as done (at most two weeks overdue).
      const followUpAt = resolvedAt && random.chance(0.5) ? resolvedAt.getTime() + random.int(7, 56) * DAY : null;
      const followUp = followUpAt !== null && followUpAt > now.getTime() - 14 * DAY ? today(new Date(followUpAt), zone) : "";
      await tx.serviceCase.create({
        data: {
          id: `demo-service-case-${n + 1}`,
          number: await nextDocumentNumber(tx, "SERVICE_CASE", openedAt),
          accountId: account.id,
          contactId: account.contacts.length ? random.pick(account.contacts).id : null,
          productId: product?.id ?? null,
          productText: product || category === "complaint" ? "" : random.pick(FREE_TEXT_PRODUCTS),
          category,
          severity: category === "fault" ? weighted(random, SEVERITY_WEIGHTS) : random.pick(["low", "medium"]),
          status,
          subject: random.pick(SUBJECTS[category]),
          description: category === "fault" ? "客户反映设备运行中出现问题,需安排工程师排查。" : "",
          rootCause,
          resolution: finished ? random.pick(RESOLUTIONS[category]) : "",
          satisfaction: finished && random.chance(0.7) ? weighted(random, SATISFACTION_WEIGHTS) : null,
          followUpDate: followUp,
          ownerId: account.ownerId,
          teamId: account.teamId,
          openedAt,
          resolvedAt,
          closedAt,
          createdAt: openedAt,
        },
        select: { id: true },
      });
    }
  });
  return plan.length;
}
