import "server-only";
import { db } from "@/lib/db/client";
import { transact } from "@/lib/db/transact";
import { addDays } from "@/lib/domain/activity";
import { localToInstant } from "@/lib/domain/time-zone";
import { DEFAULT_STAGES } from "@/lib/domain/pipeline";
import { companyDay } from "@/lib/pricing/company-day";
import { appTimeZone } from "@/lib/table/day-range";
import { seededRandom, type Random } from "./seed-catalog-random";

// About a thousand activities on the demo accounts, their contacts and opportunities, owned by
// each account's owner: mostly done in the past 60 days, open ones from today to 30 days ahead,
// a few overdue, so My day and the calendar look lived-in. Deterministic for a given seed date
// (fixed seed and ids); written once (does nothing when demo activities exist or no accounts do).
// Also gives the demo pipeline stages their checklists when no stage has one.

export const DEMO_ACTIVITY_COUNT = 1000;
const BATCH = 200;

const CHECKLISTS: Record<string, { titleZh: string; titleEn: string; dueInDays: number }[]> = {
  prospecting: [{ titleZh: "首次电话联系", titleEn: "First call", dueInDays: 1 }],
  qualification: [
    { titleZh: "确认需求与预算", titleEn: "Confirm needs and budget", dueInDays: 3 },
    { titleZh: "确认决策人", titleEn: "Identify the decision maker", dueInDays: 5 },
  ],
  proposal: [
    { titleZh: "提交方案与报价", titleEn: "Send the proposal and quote", dueInDays: 5 },
    { titleZh: "安排技术交流", titleEn: "Hold a technical review", dueInDays: 7 },
  ],
  negotiation: [{ titleZh: "确认合同条款", titleEn: "Agree the contract terms", dueInDays: 7 }],
  won: [{ titleZh: "交接给交付团队", titleEn: "Hand over to delivery", dueInDays: 2 }],
  lost: [{ titleZh: "输单复盘", titleEn: "Loss review", dueInDays: 3 }],
};

const SUBJECTS: Record<string, string[]> = {
  call: ["电话跟进需求", "确认交期", "回访使用情况", "报价跟进电话", "预约拜访时间", "催款提醒电话"],
  task: ["准备报价单", "整理会议纪要", "发送产品资料", "更新客户档案", "申请样品", "核对合同条款"],
  meeting: ["技术交流会", "方案评审会", "季度业务回顾", "商务谈判", "产品演示"],
  email: ["发送方案书", "回复询价邮件", "发送会议邀请", "寄送合同草稿"],
  note: ["客户反馈记录", "竞品情况备注", "采购流程说明", "关键联系人偏好"],
  visit: ["现场拜访", "工厂参观", "设备巡检", "客户关怀拜访"],
};
const TYPES = ["call", "call", "call", "call", "task", "task", "task", "meeting", "email", "email", "note", "visit"] as const;
const OUTCOMES = ["connected", "connected", "connected", "no_answer", "voicemail", "busy"];
const PLACES = ["客户会议室", "上海办公室", "苏州工厂", "线上会议", "客户现场"];

type Target = { accountId: string; ownerId: string; teamId: string | null; contacts: { id: string }[]; opportunities: { id: string }[] };

/** The stages' checklists, when no stage has one yet. */
async function seedChecklists(): Promise<void> {
  if ((await db.pipelineStageTask.count()) > 0) return;
  const stages = await db.pipelineStage.findMany({ where: { key: { in: DEFAULT_STAGES.map((s) => s.key) } }, select: { id: true, key: true } });
  const data = stages.flatMap((stage) => (CHECKLISTS[stage.key] ?? []).map((task, position) => ({ stageId: stage.id, ...task, position })));
  if (data.length) await transact((tx) => tx.pipelineStageTask.createMany({ data }));
}

function activityRow(random: Random, n: number, target: Target, today: string, now: Date) {
  const type = random.pick(TYPES);
  // 55 % in the past 60 days, 12 % today, the rest up to 30 days ahead.
  const roll = random.next();
  const offset = roll < 0.55 ? -random.int(1, 60) : roll < 0.67 ? 0 : random.int(1, 30);
  const hour = random.int(9, 17);
  const minute = random.pick([0, 0, 15, 30, 45]);
  const dueAt = localToInstant(`${addDays(today, offset)}T${String(hour).padStart(2, "0")}:${String(minute).padStart(2, "0")}`, appTimeZone());
  const past = dueAt < now;
  // Most past work is done; some of it was forgotten (overdue). Notes and logged emails are done when written.
  const done = type === "note" || type === "email" ? true : past ? random.chance(0.85) : false;
  const span = type === "meeting" || type === "visit";
  const duration = type === "call" ? random.int(3, 25) : span ? random.pick([30, 60, 90, 120]) : null;
  const about = random.next();
  const contact = target.contacts.length && about < 0.3 ? random.pick(target.contacts).id : null;
  const opportunity = !contact && target.opportunities.length && about < 0.6 ? random.pick(target.opportunities).id : null;
  const createdAt = past ? dueAt : new Date(now.getTime() - random.int(1, 10) * 86_400_000);
  return {
    id: `demo-activity-${n}`,
    type,
    subject: random.pick(SUBJECTS[type]),
    dueAt,
    endAt: span && duration ? new Date(dueAt.getTime() + duration * 60_000) : null,
    durationMinutes: duration,
    callOutcome: type === "call" && done ? random.pick(OUTCOMES) : "",
    location: span ? random.pick(PLACES) : "",
    done,
    doneAt: done ? (past ? new Date(dueAt.getTime() + (duration ?? 10) * 60_000) : createdAt) : null,
    // Reminders only ahead of time, on a few open meetings and tasks.
    remindAt: !past && !done && (span || type === "task") && random.chance(0.3) ? new Date(dueAt.getTime() - 15 * 60_000) : null,
    ownerId: target.ownerId,
    teamId: target.teamId,
    accountId: contact || opportunity ? null : target.accountId,
    contactId: contact,
    opportunityId: opportunity,
    createdAt,
  };
}

export async function seedDemoActivities(now: Date = new Date()): Promise<number | null> {
  await seedChecklists();
  if ((await db.activity.count({ where: { id: { startsWith: "demo-activity-" } } })) > 0) return null;
  const accounts = await db.account.findMany({
    where: { id: { startsWith: "demo-account-" } },
    orderBy: { id: "asc" },
    select: { id: true, ownerId: true, teamId: true, contacts: { select: { id: true }, orderBy: { id: "asc" } }, opportunities: { select: { id: true, ownerId: true }, orderBy: { id: "asc" } } },
  });
  if (accounts.length === 0) return null;
  // Opportunities of another owner than the account's stay out (their activities belong to that owner).
  const targets: Target[] = accounts.map((a) => ({ accountId: a.id, ownerId: a.ownerId, teamId: a.teamId, contacts: a.contacts, opportunities: a.opportunities.filter((o) => o.ownerId === a.ownerId) }));
  const random = seededRandom(20261201);
  const today = companyDay(now);
  const rows = Array.from({ length: DEMO_ACTIVITY_COUNT }, (_, i) => activityRow(random, i + 1, targets[i % targets.length], today, now));
  for (let i = 0; i < rows.length; i += BATCH) {
    await transact((tx) => tx.activity.createMany({ data: rows.slice(i, i + BATCH) }));
  }
  return rows.length;
}
