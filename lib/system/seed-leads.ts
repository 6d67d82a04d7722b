import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { isRole } from "@/lib/auth/roles";
import { db } from "@/lib/db/client";
import { changeLeadStatus } from "@/lib/crm/leads/change-lead-status";
import { convertLead } from "@/lib/crm/leads/convert-lead";
import { createLead } from "@/lib/crm/leads/create-lead";
import { createLeadFromEnquiry } from "@/lib/crm/leads/create-lead-from-enquiry";
import { updateLeadAssignment } from "@/lib/crm/leads/lead-assignment";
import type { Region } from "@/lib/domain/crm";
import type { LeadRating, LeadSource } from "@/lib/domain/leads";
import { isLocale } from "@/lib/i18n/locales";
import { seededRandom } from "./seed-catalog-random";

// ≈60 demo leads in every status, created through the lead services (numbering, assignment,
// audit, conversion all real), then spread over the last 90 days. Deterministic (fixed seed),
// written once: does nothing when any lead exists or the demo users are missing.

const OWNERS = [
  { id: "demo-sales", count: 24, region: "east" as Region, places: [["上海", "上海"], ["江苏", "无锡"], ["浙江", "宁波"]] },
  { id: "demo-sales2", count: 18, region: "south" as Region, places: [["广东", "东莞"], ["广东", "佛山"], ["福建", "福州"]] },
  { id: "demo-manager", count: 8, region: "east" as Region, places: [["江苏", "常州"], ["安徽", "芜湖"]] },
];
// Leads from an import with no owner: the region rules set up below assign them.
const UNASSIGNED = [
  { region: "east" as Region, place: ["浙江", "温州"] },
  { region: "south" as Region, place: ["广东", "珠海"] },
  { region: "east" as Region, place: ["上海", "上海"] },
  { region: "south" as Region, place: ["广西", "南宁"] },
  { region: "north" as Region, place: ["北京", "北京"] },
];
const SURNAMES = ["王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "马", "朱", "胡"];
const GIVEN = ["建华", "秀英", "志强", "丽娟", "海涛", "晓明", "婷婷", "国庆", "文杰", "雪梅"];
const FIRMS = ["长江", "远航", "新锐", "启明", "华信", "正泰", "海纳", "通达", "瑞康", "同创", "卓越", "盛世"];
const KINDS = ["机电设备有限公司", "自动化科技有限公司", "精密制造有限公司", "工业技术有限公司", "贸易有限公司"];
const TITLES = ["采购经理", "设备部主管", "总经理", "技术负责人", "项目经理"];
const INDUSTRIES = ["Manufacturing", "Electronics", "Automotive", "Food", "Chemicals", "Logistics"];
const SOURCES: LeadSource[] = ["web", "referral", "campaign", "trade_show", "cold_call", "other"];
const RATINGS: LeadRating[] = ["hot", "warm", "warm", "cold"];
const CAMPAIGNS = ["", "", "2026 工博会", "春季直邮", ""];
const REASONS = ["预算不足", "已选择竞争对手", "联系不上", "需求不匹配"];
// The status each seeded lead ends in, in turn.
const PLAN = ["new", "working", "qualified", "working", "disqualified", "new", "qualified", "converted", "working", "new"] as const;
const DAY = 86_400_000;

async function actorOf(id: string): Promise<Actor | null> {
  const user = await db.user.findUnique({ where: { id }, select: { id: true, email: true, name: true, role: true, teamId: true, locale: true } });
  if (!user || !isRole(user.role)) return null;
  return { ...user, role: user.role, locale: isLocale(user.locale) ? user.locale : "zh-CN" };
}

export async function seedDemoLeads(now: Date = new Date()): Promise<number | null> {
  if ((await db.lead.count()) > 0) return null;
  const admin = await actorOf("demo-admin");
  const owners = await Promise.all(OWNERS.map(async (o) => ({ ...o, actor: await actorOf(o.id) })));
  if (!admin || owners.some((o) => !o.actor)) return null;
  const stage = await db.pipelineStage.findFirst({ where: { kind: "open", active: true }, orderBy: [{ position: "asc" }, { id: "asc" }], select: { id: true } });
  const currency = await db.company.findUnique({ where: { id: "company" }, select: { baseCurrency: true } });

  // Imports and enquiries go by region to the two reps; anything else to the manager.
  await updateLeadAssignment({
    actor: admin,
    input: { mode: "region", roundRobinTeamId: null, defaultOwnerId: "demo-manager", rules: [{ region: "east", userId: "demo-sales" }, { region: "south", userId: "demo-sales2" }] },
  });

  const random = seededRandom(20261201);
  const person = () => `${random.pick(SURNAMES)}${random.pick(GIVEN)}`;
  const created: string[] = [];
  let n = 0;
  const input = (region: Region, place: string[], ownerId: string | null) => {
    n += 1;
    const firm = `${place[1]}${random.pick(FIRMS)}${random.pick(KINDS)}`;
    return {
      personName: person(), company: firm, title: random.pick(TITLES), email: `lead${n}@demo-leads.example`, phone: `+86 1${random.int(30, 89)} ${random.int(1000, 9999)} ${random.int(1000, 9999)}`,
      region, province: place[0], city: place[1], industry: random.pick(INDUSTRIES), source: random.pick(SOURCES), campaign: random.pick(CAMPAIGNS), ownerId,
      rating: random.pick(RATINGS), score: random.int(1, 19) * 5, notes: "",
    };
  };

  for (const owner of owners) {
    const actor = owner.actor!;
    for (let i = 0; i < owner.count; i++) {
      const lead = await createLead({ actor, input: input(owner.region, random.pick(owner.places), owner.id) });
      created.push(lead.id);
      const target = PLAN[(created.length - 1) % PLAN.length];
      if (target === "new") continue;
      await changeLeadStatus({ actor, input: { id: lead.id, status: "working", reason: "" } });
      if (target === "working") continue;
      if (target === "disqualified") {
        await changeLeadStatus({ actor, input: { id: lead.id, status: "disqualified", reason: random.pick(REASONS) } });
        continue;
      }
      await changeLeadStatus({ actor, input: { id: lead.id, status: "qualified", reason: "" } });
      if (target === "converted" && stage) {
        const amount = String(random.int(5, 80) * 10_000);
        await convertLead({
          actor,
          input: {
            id: lead.id, accountMode: "new", accountId: null, accountName: "", accountType: "customer", contactName: "", createOpportunity: true,
            opportunityName: `新客户首单 ${n}`, amount, currencyCode: currency?.baseCurrency ?? "CNY", stageId: stage.id, expectedCloseDate: new Date(now.getTime() + 60 * DAY).toISOString().slice(0, 10),
          },
        });
      }
    }
  }
  for (const u of UNASSIGNED) created.push((await createLead({ actor: admin, input: input(u.region, u.place, null) })).id);

  // Two catalog enquiries with the product and options a visitor chose.
  const products = await db.product.findMany({ where: { published: true }, orderBy: { sku: "asc" }, take: 2, select: { id: true } });
  for (const [i, product] of products.entries()) {
    const lead = await createLeadFromEnquiry({
      input: {
        personName: person(), company: `${random.pick(FIRMS)}${random.pick(KINDS)}`, email: `enquiry${i + 1}@demo-leads.example`, phone: "",
        message: i === 0 ? "请报价 20 台，含运费到苏州。" : "Please quote 5 units with the extended warranty.", productId: product.id,
        configuration: i === 0 ? JSON.stringify({ 电压: "380 V", 颜色: "工业灰" }) : JSON.stringify({ Warranty: "3 years", Mounting: "Wall" }), locale: i === 0 ? "zh-CN" : "en",
      },
    });
    created.push(lead.id);
  }

  // Spread creation over the last 90 days, oldest first, so the list and its sort look real.
  for (const [i, id] of created.entries()) {
    const at = new Date(now.getTime() - (created.length - i) * 1.5 * DAY - random.int(0, 600) * 60_000);
    await db.lead.update({ where: { id }, data: { createdAt: at }, select: { id: true } });
  }
  return created.length;
}
